/// ANSI styling for one output stream, or none: colours only on a terminal, never when `NO_COLOR`
/// is set (https://no-color.org) unless `--color always` asks for them.
struct TextStyle: Sendable {
    let isEnabled: Bool

    static let plain = TextStyle(isEnabled: false)

    init(isEnabled: Bool) { self.isEnabled = isEnabled }

    init(_ choice: Options.ColorChoice, for stream: StandardStream, environment: [String: String]) {
        self.init(isEnabled: Self.usesColor(choice, isTerminal: stream.isTerminal, environment: environment))
    }

    static func usesColor(_ choice: Options.ColorChoice, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch choice {
        case .always: true
        case .never: false
        case .auto: isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }

    // Each piece is switched on and off by itself, so a cut-off stream never leaves the terminal dimmed.
    func dim(_ text: String) -> String { wrap(text, "2", "22") }
    func bold(_ text: String) -> String { wrap(text, "1", "22") }
    func cyan(_ text: String) -> String { wrap(text, "36", "39") }
    func red(_ text: String) -> String { wrap(text, "31", "39") }

    private func wrap(_ text: String, _ on: String, _ off: String) -> String {
        isEnabled && !text.isEmpty ? "\u{1B}[\(on)m\(text)\u{1B}[\(off)m" : text
    }
}
