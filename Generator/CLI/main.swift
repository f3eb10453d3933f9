import GeneratorCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// openapi-swift: generates Swift bindings from an OpenAPI 3.0/3.1 document.
//
//   openapi-swift SPEC --output DIR [--config FILE] [--check]
//   openapi-swift diff OLD NEW [--config FILE] [--format text|json|markdown] [--fail-on breaking|any|none]
//   openapi-swift check-traffic SPEC RECORDING... (see CheckTrafficCommand)
//
// Exit status: 0 success (or, with --check, no drift); 1 the committed output differs from what
// the spec produces (--check); 2 the spec, the configuration or the arguments have errors.
// Nothing is written unless the whole pipeline succeeds. No Foundation: loading it would triple
// the start-up time, which the build-tool plugin pays on every build.

let arguments = Array(CommandLine.arguments.dropFirst())
// Subcommands first; anything else is the generator's command line.
switch arguments.first {
case "check-traffic":
    exit(CheckTrafficCommand.main(Array(arguments.dropFirst())))
case "diff":
    do {
        let command = try DiffCommand.parse(Array(arguments.dropFirst()))
        exit(await command.run())
    } catch {
        let text = "openapi-swift diff: \(error.message)\n\n\(DiffCommand.usage)"
        if error.isHelp { print(text) } else { printError(text) }
        exit(error.isHelp ? 0 : 2)
    }
default: break
}
do {
    let options = try CommandLineOptions.parse(arguments)
    GenerateCommand(options: options).runAndExit()
} catch where error.isHelp {
    print("openapi-swift: \(error.message)\n\n\(CommandLineOptions.usage)")
    exit(0)
} catch {
    printError("openapi-swift: \(error.message)\n\n\(CommandLineOptions.usage)")
    exit(2)
}
