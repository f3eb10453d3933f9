import Foundation

/// Where the question comes from: the arguments, else stdin when it is not a terminal.
enum QuestionInput {
    static func read(words: [String], standardInput: FileHandle = .standardInput) throws(UsageError) -> String {
        if !words.isEmpty { return words.joined(separator: " ") }
        guard isatty(standardInput.fileDescriptor) != 1 else {
            throw UsageError("no question: pass it as an argument (infercom \"question\") or on stdin (echo question | infercom)")
        }
        let data = standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw UsageError("stdin is not UTF-8 text: pass the question as text")
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            throw UsageError("stdin was empty: pass the question as an argument or pipe it in")
        }
        return text
    }
}
