import Testing

@testable import GeneratorCore

/// Builds small OpenAPI documents for stage tests, so each test shows only the part it is about.
enum Spec {
    static let file = "test.yaml"

    static let header = """
        openapi: 3.1.0
        info:
          title: Test
          version: '1'

        """

    /// A document whose `components.schemas` are `schemas`, written starting at column 0.
    static func schemas(_ schemas: String) -> String {
        header + "components:\n  schemas:\n" + indented(schemas, by: 4)
    }

    /// A document with `paths` (written at column 0) and optionally more `components` sections.
    static func paths(_ paths: String, components: String? = nil) -> String {
        var text = header + "paths:\n" + indented(paths, by: 2)
        if let components { text += "components:\n" + indented(components, by: 2) }
        return text
    }

    static func indented(_ text: String, by width: Int) -> String {
        let prefix = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Where the `occurrence`th `needle` starts in this text, as a diagnostic would name it.
    func location(of needle: String, occurrence: Int = 1, file: String = Spec.file) -> GeneratorCore.SourceLocation? {
        var seen = 0
        for (index, line) in split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var searchStart = line.startIndex
            while let range = line[searchStart...].range(of: needle) {
                seen += 1
                if seen == occurrence {
                    let column = line.unicodeScalars[..<range.lowerBound].count + 1
                    return GeneratorCore.SourceLocation(file: file, line: index + 1, column: column)
                }
                searchStart = range.upperBound
            }
        }
        return nil
    }
}

/// Runs the pipeline's stages one at a time on YAML text.
enum Stages {
    static func read(_ yaml: String) throws -> (document: OpenAPIDocument, warnings: [Diagnostic]) {
        let root = try YAMLParser.parse(yaml, file: Spec.file)
        let (document, warnings) = try DocumentReader.read(root, file: Spec.file)
        return (document, warnings + document.scopedWarnings.map(\.diagnostic))
    }

    /// The diagnostics of a document that reading must reject (empty if it was accepted).
    static func readErrors(_ yaml: String) throws -> [Diagnostic] {
        let root = try YAMLParser.parse(yaml, file: Spec.file)
        do {
            _ = try DocumentReader.read(root, file: Spec.file)
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func translate(
        _ yaml: String, configuration: GeneratorConfiguration = .init()
    ) throws -> (model: TypeModel, warnings: [Diagnostic]) {
        let (document, _) = try read(yaml)
        let (model, warnings) = try TypeTranslator.translate(document, configuration: configuration)
        return (model, warnings)
    }

    /// The diagnostics of a readable document that translation must reject (empty if it was accepted).
    static func translateErrors(_ yaml: String, configuration: GeneratorConfiguration = .init()) throws -> [Diagnostic] {
        let (document, _) = try read(yaml)
        do {
            _ = try TypeTranslator.translate(document, configuration: configuration)
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func declaration(_ name: String, in model: TypeModel) -> Declaration? {
        model.declarations.first { $0.name == name }
    }

    static func structure(_ name: String, in model: TypeModel) throws -> StructModel {
        guard case .structure(let model)? = declaration(name, in: model) else {
            throw StageTestError("no struct \(name) among \(model.declarations.map(\.name))")
        }
        return model
    }

    static func property(_ wireName: String, of structName: String, in model: TypeModel) throws -> PropertyModel {
        let structure = try structure(structName, in: model)
        guard let property = structure.properties.first(where: { $0.wireName == wireName }) else {
            throw StageTestError("\(structName) has no property \(wireName)")
        }
        return property
    }

    /// The generated files for `yaml`, as `GeneratorPipeline` produces them.
    static func files(_ yaml: String, configuration: GeneratorConfiguration = .init()) throws -> [GeneratedFile] {
        try GeneratorPipeline.run(specText: yaml, specPath: Spec.file, configuration: configuration).files
    }
}

struct StageTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
