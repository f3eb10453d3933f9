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
        let (model, warnings) = try translate(specText: specText, specPath: specPath, configuration: configuration)
        let assembler = FileAssembler(
            configuration: configuration, specName: specName(specPath), specDigest: SHA256.hexDigest(of: specText.utf8))
        let files = assembler.files(for: model).map(render)
        return Output(files: files, warnings: warnings)
    }

    /// The same output as `run`, byte for byte, using a second core where the work splits: the
    /// spec's digest is hashed while the spec is read, and `Models.swift` (most of the output) is
    /// emitted and printed while the other files are. Errors come only from reading and
    /// translating, which stay sequential, so they are the same too.
    public static func runConcurrently(
        specText: String, specPath: String, configuration: GeneratorConfiguration
    ) async throws(DiagnosticError) -> Output {
        async let digest = SHA256.hexDigest(of: specText.utf8)
        let (model, warnings) = try translate(specText: specText, specPath: specPath, configuration: configuration)
        let assembler = FileAssembler(configuration: configuration, specName: specName(specPath), specDigest: await digest)
        let layout = assembler.layout(of: model)
        async let models = render(assembler.file(.models, layout: layout))
        let others = FileAssembler.OutputFile.allCases.filter { $0 != .models }.map { render(assembler.file($0, layout: layout)) }
        return Output(files: [await models] + others, warnings: warnings)
    }

    /// Parsing, reading and translating: spec text to type model, with the warnings of all three.
    private static func translate(
        specText: String, specPath: String, configuration: GeneratorConfiguration
    ) throws(DiagnosticError) -> (TypeModel, [Diagnostic]) {
        let root = try YAMLParser.parse(specText, file: specPath, limits: configuration.yamlLimits)
        let (document, readWarnings) = try DocumentReader.read(root, file: specPath)
        let (model, translateWarnings) = try TypeTranslator.translate(document, configuration: configuration)
        // A warning reached twice (a schema read through two paths) is printed once.
        var seen: Set<Diagnostic> = []
        return (model, (readWarnings + translateWarnings).filter { seen.insert($0).inserted })
    }

    private static func specName(_ specPath: String) -> String {
        specPath.split(separator: "/").last.map(String.init) ?? specPath
    }

    private static func render(_ file: SwiftFile) -> GeneratedFile {
        GeneratedFile(name: file.name, contents: CodePrinter.render(file))
    }
}
