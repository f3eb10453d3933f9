import Foundation
import GeneratorCore

// openapi-swift: generates Swift bindings from an OpenAPI 3.0/3.1 document.
//
//   openapi-swift SPEC --output DIR [--config FILE] [--check]
//
// Exit status: 0 success (or, with --check, no drift); 1 the committed output differs from what
// the spec produces (--check); 2 the spec, the configuration or the arguments have errors.
// Nothing is written unless the whole pipeline succeeds.

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    let options = try CommandLineOptions.parse(arguments)
    exit(GenerateCommand(options: options).run())
} catch {
    FileHandle.standardError.write(Data("openapi-swift: \(error.message)\n\n\(CommandLineOptions.usage)\n".utf8))
    exit(2)
}
