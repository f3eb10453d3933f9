"""Whole `Response` bodies (the JSON of `POST /responses` and `GET /responses/{id}`)."""
from openai.types.responses import ResponseOutputRefusal, ResponseOutputText
from corpus_support import (ANNOTATIONS, ANSWER_SCHEMA, add, dump, function_call, members,
                            message, output_text, reasoning, response)

KIND = "responses"
SOURCE = "openai.types.responses.Response"

# How each binding names the members of `tool_choice` and `text.format` (untagged in OpenAI's spec:
# oneOf without a discriminator; ours: `text.format` tagged, `tool_choice` mode-or-function).
OPENAI_TOOL_CHOICE = {"options": "toolChoiceOptions", "allowed": "toolChoiceAllowed", "hosted": "toolChoiceTypes",
                      "function": "toolChoiceFunction", "mcp": "toolChoiceMCP", "custom": "toolChoiceCustom",
                      "apply_patch": "specificApplyPatchParam", "shell": "specificFunctionShellParam"}
INFERCOM_TOOL_CHOICE = {"options": "mode", "function": "function"}
OPENAI_FORMAT = {"text": "responseFormatText", "json_schema": "textResponseFormatJSONSchema",
                 "json_object": "responseFormatJSONObject"}
INFERCOM_FORMAT = {"text": "text", "json_schema": "jsonSchema", "json_object": "jsonObject"}

JSON_SCHEMA_FORMAT = {"type": "json_schema", "name": "weather_answer", "description": "The answer as JSON.",
                      "schema": ANSWER_SCHEMA, "strict": True}


def both(openai_members: dict, infercom_members: dict | None, type_openai="Response", type_infercom="Response"):
    return dict(openai=members(type_openai, openai_members),
                infercom=None if infercom_members is None else members(type_infercom, infercom_members))


def common(tool_choice="options", text_format="text", tools=("function",)):
    """Members every Response case asserts: tool choice, each tool, the text format."""
    o = {"/tool_choice": OPENAI_TOOL_CHOICE[tool_choice], "/text/format": OPENAI_FORMAT[text_format]}
    i = {"/tool_choice": INFERCOM_TOOL_CHOICE.get(tool_choice, "unknown"), "/text/format": INFERCOM_FORMAT[text_format]}
    for index, tool in enumerate(tools):
        o[f"/tools/{index}"] = tool
        i[f"/tools/{index}"] = tool if tool == "function" else "unknown"
    return o, i


def add_responses() -> None:
    o, i = common()
    o.update({"/output/0": "message", "/output/0/content/0": "outputText",
              "/output/0/content/0/annotations/0": "urlCitation"})
    i.update({"/output/0": "message", "/output/0/content/0": "outputText",
              "/output/0/content/0/annotations/0": "urlCitation"})
    body = response(output=[message(output_text("Sunny, 21 °C in Paris.", annotations=ANNOTATIONS[:1]))])
    add(KIND, "message-logprobs", dump(body), SOURCE,
        "A completed response: one assistant message whose output_text has logprobs (with top_logprobs) and a "
        "url_citation; tool_choice \"auto\", a function tool, text format text.", **both(o, i))

    o, i = common()
    o.update({"/output/0": "message", "/output/0/content/0": "outputText",
              "/output/0/content/0/annotations/0": "urlCitation", "/output/0/content/0/annotations/1": "fileCitation",
              "/output/0/content/0/annotations/2": "containerFileCitation", "/output/0/content/0/annotations/3": "filePath"})
    body = response(output=[message(output_text("Sunny, 21 °C in Paris.", annotations=ANNOTATIONS))])
    # Our spec's file_citation (inferred from SambaNova's API) requires start_index/end_index where
    # OpenAI's has `index`: the member is chosen by its tag and then fails, which must be an error.
    add(KIND, "message-every-annotation", dump(body), SOURCE,
        "An output_text with one annotation of each kind OpenAI defines (url, file, container file, file path). "
        "Ours: file_citation is known but shaped differently, so decoding must fail there.",
        openai=members("Response", o),
        infercom={"type": "Response", "error_at": "/output/0/content/0/annotations/1/start_index"})

    o, i = common()
    o.update({"/output/0": "message", "/output/0/content/0": "outputText"})
    i.update({"/output/0": "message", "/output/0/content/0": "outputText"})
    part = ResponseOutputText(type="output_text", text="Sunny.", annotations=[])
    add(KIND, "output-text-without-logprobs", dump(response(output=[message(part)])), SOURCE,
        "An output_text part without `logprobs`, as openai-python allows (Optional) and servers send, though "
        "OpenAI's spec marks it required: must decode, and re-encode without inventing `logprobs`.", **both(o, i))

    o, i = common()
    o.update({"/output/0": "message", "/output/0/content/0": "refusal"})
    i.update({"/output/0": "message", "/output/0/content/0": "unknown"})
    refusal = ResponseOutputRefusal(type="refusal", refusal="I can't help with that.")
    add(KIND, "message-refusal", dump(response(output=[message(refusal)])), SOURCE,
        "An assistant message whose only part is a refusal (ours has no refusal part: it stays unknown).", **both(o, i))

    o, i = common(tool_choice="function", text_format="json_schema")
    o.update({"/output/0": "reasoning", "/output/1": "functionCall"})
    i.update({"/output/0": "reasoning", "/output/1": "functionCall"})
    body = response(output=[reasoning(summary=[], encrypted="gAAAAABoISQ24OyVRYbkYfukJzEtW1Ao3hRqMGO9"), function_call()],
                    tool_choice={"type": "function", "name": "get_weather"},
                    text={"format": JSON_SCHEMA_FORMAT, "verbosity": "medium"})
    add(KIND, "reasoning-empty-summary-function-call", dump(body), SOURCE,
        "A reasoning item with `summary: []` and encrypted content, then a function call; tool_choice names the "
        "function ({\"type\":\"function\",\"name\":…}); text format json_schema with a schema.", **both(o, i))

    o, i = common()
    o.update({"/output/0": "reasoning", "/output/1": "message"})
    i.update({"/output/0": "reasoning", "/output/1": "message"})
    item = reasoning(summary=[{"type": "summary_text", "text": "The user wants the weather."}],
                     content=[{"type": "reasoning_text", "text": "I should call get_weather for Paris."}])
    body = response(output=[item, message(output_text("It is sunny.", logprobs=False))])
    add(KIND, "reasoning-summary-and-content", dump(body), SOURCE,
        "A reasoning item with a summary_text summary and reasoning_text content, then a message whose "
        "output_text has `logprobs: []`.", **both(o, i))

    o, i = common()
    body = response(output=[], status="failed", usage=None,
                    error={"code": "server_error", "message": "The model failed to generate a response."})
    add(KIND, "failed", dump(body), SOURCE,
        "A failed response: `error` set, no output, `usage: null`.", **both(o, i))

    o, i = common()
    o["/output/0"] = i["/output/0"] = "message"
    body = response(output=[message(output_text("The first part of a long", logprobs=False), status="incomplete")],
                    status="incomplete", incomplete_details={"reason": "max_output_tokens"}, max_output_tokens=16)
    add(KIND, "incomplete", dump(body), SOURCE,
        "An incomplete response (max_output_tokens): incomplete_details set, the message is incomplete.", **both(o, i))

    o, i = common()
    body = response(output=[], status="in_progress", usage=None)
    add(KIND, "in-progress-empty", dump(body), SOURCE,
        "A response still in progress (what response.created carries): no output, `usage: null`.", **both(o, i))

    for name, format_body in (("json_object", {"type": "json_object"}), ("json_schema", JSON_SCHEMA_FORMAT)):
        o, i = common(text_format=name)
        o["/output/0"] = i["/output/0"] = "message"
        body = response(output=[message(output_text("{\"city\":\"Paris\",\"temperature_c\":21}", logprobs=False))],
                        text={"format": format_body})
        add(KIND, f"text-format-{name.replace('_', '-')}", dump(body), SOURCE,
            f"A response whose text.format is {name}; the message holds the JSON answer.", **both(o, i))

    tool_choices = {
        "none": ("options", "none"), "required": ("options", "required"),
        "allowed-tools": ("allowed", {"type": "allowed_tools", "mode": "required",
                                      "tools": [{"type": "function", "name": "get_weather"}]}),
        "hosted-file-search": ("hosted", {"type": "file_search"}),
        "mcp": ("mcp", {"type": "mcp", "server_label": "deepwiki", "name": "ask_question"}),
    }
    for name, (member, choice) in tool_choices.items():
        o, i = common(tool_choice=member)
        add(KIND, f"tool-choice-{name}", dump(response(output=[], tool_choice=choice)), SOURCE,
            f"A response echoing tool_choice {choice!r}.", **both(o, i))
