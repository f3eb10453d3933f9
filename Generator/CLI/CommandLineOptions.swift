import GeneratorCore

/// The parsed command line.
struct CommandLineOptions {
    var specPath: String
    var outputDirectory: String
    var configPath: String?
    var check = false
    /// `--max-…` limits on the spec's YAML; they override the configuration file's.
    var nestingDepth: Int?
    var documentBytes: Int?
    var nodes: Int?

    static let usage = """
        usage: openapi-swift SPEC --output DIR [--config FILE] [--check] [limits]
               openapi-swift diff OLD NEW [options]   (see openapi-swift diff --help)
               openapi-swift check-traffic SPEC RECORDING... [options]   (see openapi-swift check-traffic --help)

          SPEC            OpenAPI 3.0/3.1 document (YAML or JSON)
          --output DIR    directory of the generated files (owned by the generator)
          --config FILE   generator options (clientName, accessLevel, typePrefix, operations, exclude, strict, …)
          --check         write nothing; exit 1 with a unified diff if DIR is not what SPEC produces

        limits (a spec is untrusted input; beyond a limit it is rejected with a located error):
          --max-nesting-depth N   collections open at once (default \(YAMLLimits.defaultNestingDepth); config: maxNestingDepth)
          --max-document-bytes N  size of SPEC (default \(YAMLLimits.defaultDocumentBytes), 64 MiB; config: maxDocumentBytes)
          --max-nodes N           YAML nodes, aliases expanded (default \(YAMLLimits.defaultNodes); config: maxNodes)
        """

    static func parse(_ arguments: [String]) throws(UsageError) -> CommandLineOptions {
        var spec: String?
        var output: String?
        var config: String?
        var check = false
        var index = 0
        func value(after flag: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(message: "\(flag) needs a value") }
            return arguments[index]
        }
        func limit(after flag: String) throws(UsageError) -> Int {
            let text = try value(after: flag)
            guard let number = Int(text), number > 0 else { throw UsageError(message: "\(flag) needs a positive integer, not '\(text)'") }
            return number
        }
        var limits: (depth: Int?, bytes: Int?, nodes: Int?) = (nil, nil, nil)
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--output", "-o": output = try value(after: argument)
            case "--config": config = try value(after: argument)
            case "--check": check = true
            case "--max-nesting-depth": limits.depth = try limit(after: argument)
            case "--max-document-bytes": limits.bytes = try limit(after: argument)
            case "--max-nodes": limits.nodes = try limit(after: argument)
            case "--help", "-h": throw UsageError(message: "generates Swift bindings from an OpenAPI document", isHelp: true)
            default:
                if argument.hasPrefix("-") { throw UsageError(message: "unknown option '\(argument)'") }
                if spec != nil { throw UsageError(message: "more than one spec given ('\(argument)')") }
                spec = argument
            }
            index += 1
        }
        guard let spec else { throw UsageError(message: "no spec given") }
        guard let output else { throw UsageError(message: "--output is required") }
        return CommandLineOptions(
            specPath: spec, outputDirectory: output, configPath: config, check: check,
            nestingDepth: limits.depth, documentBytes: limits.bytes, nodes: limits.nodes)
    }
}

struct UsageError: Error {
    var message: String
    /// `--help`: the usage goes to standard output and the tool exits 0.
    var isHelp = false
}
