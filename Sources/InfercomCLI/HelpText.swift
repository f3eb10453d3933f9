/// What `infercom --help` prints.
enum HelpText {
    static let version = "infercom 0.1.0"

    static let usage = """
        usage: infercom [options] [--] "question"
               echo "question" | infercom [options]

        Asks Infercom's Responses API and streams the answer to stdout as it arrives. Reasoning is
        shown dimmed on stderr, tool calls on stdout (they are shown, not run); token usage and
        timing (time to first token, tokens/s) follow on stderr.

        options:
          -m, --model NAME            model (default: $INFERCOM_MODEL, else \(Options.defaultModel))
          -i, --instructions TEXT     system instructions placed before the question
          -t, --temperature X         sampling temperature, 0 to 2
              --max-output-tokens N   upper bound on generated tokens (reasoning included)
              --reasoning-effort E    low, medium or high
              --tools FILE            a JSON array of function tools the model may call
              --hide-reasoning        do not show the model's reasoning
              --json                  print every event as one JSON line (the response, with --no-stream)
              --no-stream             wait for the whole response instead of streaming it
              --base-url URL          API base URL (default: $INFERCOM_BASE_URL, else https://api.infercom.ai/v1)
              --color WHEN            auto (default: only on a terminal, and not when NO_COLOR is set), always, never
          -h, --help                  show this help
              --version               show the version

        environment:
          INFERCOM_API_KEY   your API key (required)
          NO_COLOR           set to turn colours off

        exit status:
          0 answered   1 answer cut short (incomplete)   2 usage or configuration error
          3 API error  4 transport error (connection, TLS, timeout)   5 unreadable response   130 interrupted
        """
}
