/// The whole generator as one call: spec text in, Swift files out.
///
/// Stages, each its own tested type:
/// `YAMLParser` (libyaml events → `YAMLNode` with locations) → `DocumentReader` (→ `OpenAPIDocument`,
/// references checked) → `TypeTranslator` (→ `TypeModel`) → emitters (→ `SwiftNode`) → `CodePrinter` (→ text).
public enum GeneratorPipeline {
    public struct Output: Sendable {
        public var files: [GeneratedFile]
        public var warnings: [Diagnostic]
    }

    /// - Parameters:
    ///   - specText: the OpenAPI document.
    ///   - specPath: the path used in diagnostics; its last component is named in file headers.
    public static func run(
        specText: String, specPath: String, configuration: GeneratorConfiguration
    ) throws(DiagnosticError) -> Output {
        let root = try YAMLParser.parse(specText, file: specPath, limits: configuration.yamlLimits)
        let (document, readWarnings) = try DocumentReader.read(root, file: specPath)
        let (model, translateWarnings) = try TypeTranslator.translate(document, configuration: configuration)
        let specName = specPath.split(separator: "/").last.map(String.init) ?? specPath
        let assembler = FileAssembler(
            configuration: configuration, specName: specName, specDigest: SHA256.hexDigest(of: Array(specText.utf8)))
        let files = assembler.files(for: model).map { GeneratedFile(name: $0.name, contents: CodePrinter.render($0)) }
        // A warning reached twice (a schema read through two paths) is printed once.
        var seen: Set<Diagnostic> = []
        let warnings = (readWarnings + translateWarnings).filter { seen.insert($0).inserted }
        return Output(files: files, warnings: warnings)
    }
}
