/// Turns the command's arguments into `Options`, by hand: a handful of flags needs no package.
///
/// Value flags take `--flag value` or `--flag=value`; the last occurrence wins. Words that are not
/// flags make up the question; `--` ends the flags, for a question that starts with `-`.
enum ArgumentParser {
    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        var options = Options()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            if argument == "--" {
                options.questionWords += remaining
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                options.questionWords.append(argument)
                continue
            }
            // `--flag=value` carries its value inline; the flag is the part before `=`.
            let (flag, inlineValue) = split(argument)
            func value() throws(UsageError) -> String {
                if let inlineValue { return inlineValue }
                guard let next = remaining.popFirst() else {
                    throw UsageError("\(flag) needs a value: see infercom --help")
                }
                return next
            }
            func noValue() throws(UsageError) {
                if inlineValue != nil { throw UsageError("\(flag) takes no value: write \(flag) alone") }
            }
            switch flag {
            case "-m", "--model": options.model = try nonEmpty(value(), flag)
            case "-i", "--instructions": options.instructions = try value()
            case "-t", "--temperature": options.temperature = try number(value(), flag)
            case "--max-output-tokens": options.maxOutputTokens = try positiveInteger(value(), flag)
            case "--reasoning-effort": options.reasoningEffort = try oneOf(value(), ["low", "medium", "high"], flag)
            case "--tools": options.toolsFile = try nonEmpty(value(), flag)
            case "--base-url": options.baseURL = try httpURL(value())
            case "--color":
                let choice = try oneOf(value(), Options.ColorChoice.allCases.map(\.rawValue), flag)
                options.color = Options.ColorChoice(rawValue: choice) ?? .auto
            case "--hide-reasoning": try noValue(); options.hideReasoning = true
            case "--json": try noValue(); options.json = true
            case "--no-stream": try noValue(); options.stream = false
            case "-h", "--help": try noValue(); options.showHelp = true
            case "--version": try noValue(); options.showVersion = true
            default:
                throw UsageError("unknown option \(flag): see infercom --help (a question starting with '-' goes after --)")
            }
        }
        return options
    }

    private static func split(_ argument: String) -> (flag: String, value: String?) {
        guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    private static func nonEmpty(_ text: String, _ flag: String) throws(UsageError) -> String {
        guard !text.isEmpty else { throw UsageError("\(flag) needs a non-empty value: see infercom --help") }
        return text
    }

    private static func number(_ text: String, _ flag: String) throws(UsageError) -> Double {
        guard let number = Double(text), number.isFinite else {
            throw UsageError("\(flag) needs a number, got '\(text)': for example \(flag) 0.7")
        }
        return number
    }

    private static func positiveInteger(_ text: String, _ flag: String) throws(UsageError) -> Int {
        guard let number = Int(text), number > 0 else {
            throw UsageError("\(flag) needs a whole number above 0, got '\(text)': for example \(flag) 1024")
        }
        return number
    }

    private static func oneOf(_ text: String, _ choices: [String], _ flag: String) throws(UsageError) -> String {
        guard choices.contains(text) else {
            throw UsageError("\(flag) must be one of \(choices.joined(separator: ", ")), got '\(text)'")
        }
        return text
    }

    private static func httpURL(_ text: String) throws(UsageError) -> String {
        let lowered = text.lowercased()
        let scheme = ["http://", "https://"].first { lowered.hasPrefix($0) }
        guard let scheme, text.count > scheme.count else {
            throw UsageError("--base-url needs an http:// or https:// URL, got '\(text)': for example --base-url https://api.infercom.ai/v1")
        }
        return text
    }
}
