import Foundation
import PackagePlugin

/// Generates a target's bindings at build time from the OpenAPI document in its directory.
///
/// Apply it to a target that has an `openapi.yaml` (or `.yml`, `.json`) and, optionally, an
/// `openapi-swift-config.yaml`, and that depends on the `OpenAPIClientRuntime` product (the module the
/// generated code imports). The five generated files go to the plugin work directory, never into
/// the package. The document, the configuration and the generator itself are declared as inputs,
/// so editing any of them regenerates on the next build, and nothing else does.
@main struct OpenAPISwiftPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else {
            throw PluginError("OpenAPISwiftPlugin applies to Swift targets; '\(target.name)' is not one")
        }
        guard let inputs = try OpenAPIInputs.find(in: target.sourceFiles, target: target.name) else {
            throw PluginError("target '\(target.name)' applies OpenAPISwiftPlugin but has no openapi.yaml, openapi.yml or openapi.json")
        }
        // SwiftPM skips a target without Swift sources, so its importers fail with "no such module".
        if !target.sourceFiles.contains(where: { $0.url.pathExtension == "swift" }) {
            Diagnostics.warning(
                "target '\(target.name)' has no Swift file besides the generated bindings; add one (an empty Exports.swift will do), "
                    + "or SwiftPM may not build the module and its importers fail with \"no such module\"")
        }
        let generator = try context.tool(named: "openapi-swift").url
        let output = context.pluginWorkDirectoryURL.appending(component: "Generated")

        var arguments = [inputs.document.path(percentEncoded: false), "--output", output.path(percentEncoded: false)]
        var inputFiles = [inputs.document, generator]
        if let configuration = inputs.configuration {
            arguments += ["--config", configuration.path(percentEncoded: false)]
            inputFiles.append(configuration)
        }
        return [
            .buildCommand(
                displayName: "Generating OpenAPI bindings for \(target.name) from \(inputs.document.lastPathComponent)",
                executable: generator,
                arguments: arguments,
                inputFiles: inputFiles,
                outputFiles: OpenAPIInputs.outputFileNames.map { output.appending(component: $0) })
        ]
    }
}
