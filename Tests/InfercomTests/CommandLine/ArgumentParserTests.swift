import Testing

@testable import InfercomCLI

/// The command line's grammar, without a process: flags, values, the question's words.
@Suite("infercom command line: argument parsing")
struct ArgumentParserTests {
    @Test("words that are not flags make up the question; flags may come before, between or after them")
    func questionWords() throws {
        let options = try ArgumentParser.parse(["What", "--model", "m", "is", "Swift?", "--json"])
        #expect(options.questionWords == ["What", "is", "Swift?"])
        #expect(options.model == "m")
        #expect(options.json)
    }

    @Test("after -- every argument is a question word, even one that looks like a flag")
    func doubleDash() throws {
        let options = try ArgumentParser.parse(["--no-stream", "--", "--help", "-5 °C?"])
        #expect(options.questionWords == ["--help", "-5 °C?"])
        #expect(!options.stream)
        #expect(!options.showHelp)
    }

    @Test("--flag=value and --flag value are the same; the last occurrence wins")
    func valueForms() throws {
        let options = try ArgumentParser.parse(["--temperature=0.5", "-t", "1.5", "--max-output-tokens=10", "--model", "a", "--model=b=c"])
        #expect(options.temperature == 1.5)
        #expect(options.maxOutputTokens == 10)
        #expect(options.model == "b=c")
        #expect(options.questionWords.isEmpty)
    }

    @Test("no flags: streaming, reasoning shown, colours automatic, nothing else set")
    func defaults() throws {
        #expect(try ArgumentParser.parse(["q"]) == Options(questionWords: ["q"]))
    }

    @Test("a short flag is not split at '=' (only --long=value is)")
    func shortFlagWithEquals() {
        #expect(throws: UsageError("unknown option -m=x: see infercom --help (a question starting with '-' goes after --)")) {
            try ArgumentParser.parse(["-m=x", "q"])
        }
    }

    @Test("colours: always and never decide alone; auto needs a terminal, no NO_COLOR (empty counts as unset) and a TERM other than dumb")
    func colourPolicy() {
        #expect(TextStyle.usesColor(.always, isTerminal: false, environment: ["NO_COLOR": "1"]))
        #expect(!TextStyle.usesColor(.never, isTerminal: true, environment: [:]))
        #expect(TextStyle.usesColor(.auto, isTerminal: true, environment: [:]))
        #expect(TextStyle.usesColor(.auto, isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TextStyle.usesColor(.auto, isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TextStyle.usesColor(.auto, isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(!TextStyle.usesColor(.auto, isTerminal: false, environment: [:]))
    }
}
