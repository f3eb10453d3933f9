import Foundation
import PackagePlugin

// Shared by the three plugins through file symlinks: a plugin target cannot depend on a library,
// so this is the only way to keep one copy of the conventions.

/// Where a target keeps its OpenAPI document, and the files the generator makes of it.
///
/// The document names are swift-openapi-generator's, so a target can switch generators without
/// renaming its spec.
enum OpenAPIInputs {
    static let documentNames: Set<String> = ["openapi.yaml", "openapi.yml", "openapi.json"]
    static let configurationName = "openapi-swift-config.yaml"

    /// The files `openapi-swift` always writes (`FileAssembler.fileNames`). A build plugin has to name
    /// its outputs before anyone reads the spec, which is why the generator's file set is fixed.
    /// `Tests/plugin-checks.sh` fails if the two lists drift apart.
    static let outputFileNames = [
        "Models1.swift", "Models2.swift", "Models3.swift", "Models4.swift",
        "Enums.swift", "Unions.swift", "Validation.swift", "Client.swift",
    ]

    /// The target's document and optional configuration; `nil` if the target has no document.
    static func find(in files: FileList, target: String) throws -> (document: URL, configuration: URL?)? {
        let documents = files.map(\.url).filter { documentNames.contains($0.lastPathComponent) }
        let configurations = files.map(\.url).filter { $0.lastPathComponent == configurationName }
        guard documents.count <= 1 else {
            throw PluginError("target '\(target)' has more than one OpenAPI document: \(documents.map(\.lastPathComponent))")
        }
        guard let document = documents.first else {
            if !configurations.isEmpty {
                throw PluginError("target '\(target)' has an \(configurationName) but no openapi.yaml, openapi.yml or openapi.json")
            }
            return nil
        }
        guard configurations.count <= 1 else {
            throw PluginError("target '\(target)' has more than one \(configurationName)")
        }
        return (document, configurations.first)
    }
}

struct PluginError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
