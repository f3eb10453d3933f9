/// The whole generator as one call: spec text in, Swift files out.
///
/// Stages, each its own tested type:
/// `YAMLParser` (libyaml events → `YAMLNode` with locations) → `DocumentReader` (→ `OpenAPIDocument`,
/// references checked) → `TypeTranslator` (→ `TypeModel`) → emitters (→ `SwiftNode`) → `CodePrinter` (→ text).
///
/// Where the work splits, a second core takes part: the spec is hashed while it is read and
/// translated, and the output files are emitted and printed on up to four threads. None of it
/// changes the output or the errors: those come from the stages' order, never from which thread
/// finished first.
public enum GeneratorPipeline {
    public struct Output: Sendable {
        public var files: [GeneratedFile]
        public var warnings: [Diagnostic]
        /// The YAML tree, document, type model and emitted Swift, when `run` was asked to keep them.
        public var intermediates: Intermediates?
    }

    /// What the stages built on the way to the files. A process about to exit holds on to it: the
    /// system reclaims the memory at once, whereas releasing a large spec's trees node by node costs
    /// several percent of a run (compilers skip that teardown too, as clang's `-disable-free` does).
    public final class Intermediates: Sendable {
        let root: YAMLNode
        let document: OpenAPIDocument
        let model: TypeModel
        let swiftFiles: [SwiftFile]

        init(root: YAMLNode, document: OpenAPIDocument, model: TypeModel, swiftFiles: [SwiftFile]) {
            (self.root, self.document, self.model, self.swiftFiles) = (root, document, model, swiftFiles)
        }
    }

    /// - Parameters:
    ///   - specText: the OpenAPI document.
    ///   - specPath: the path used in diagnostics; its last component is named in file headers.
    ///   - keepingIntermediates: return the trees in `Output.intermediates` instead of releasing them.
    public static func run(
        specText: String, specPath: String, configuration: GeneratorConfiguration, keepingIntermediates: Bool = false
    ) throws(DiagnosticError) -> Output {
        let root = try YAMLParser.parse(specText, file: specPath, limits: configuration.yamlLimits)
        // The digest is only needed for the files' headers: it is hashed on a second thread while this
        // one reads and translates the document.
        let digest = WorkerThread { SHA256.hexDigest(of: specText.utf8) }
        defer { _ = digest.join() }
        let (document, readWarnings) = try DocumentReader.read(root, file: specPath)
        let (model, translateWarnings) = try TypeTranslator.translate(document, configuration: configuration)
        let specName = specPath.split(separator: "/").last.map(String.init) ?? specPath
        let assembler = FileAssembler(configuration: configuration, specName: specName, specDigest: digest.join())
        let layout = assembler.layout(of: model)
        // Files are emitted and printed independently, so they are spread over the cores; the order
        // puts the largest (model files, unions) first so that no thread is left with one at the end.
        let rendered = FileAssembler.OutputFile.all.parallelMap { file in
            let swiftFile = assembler.file(file, layout: layout)
            return (swiftFile, GeneratedFile(name: swiftFile.name, contents: CodePrinter.render(swiftFile)))
        }
        let (swiftFiles, files) = (rendered.map(\.0), rendered.map(\.1))
        // A warning reached twice (a schema read through two paths) is printed once.
        var seen: Set<Diagnostic> = []
        let warnings = (readWarnings + translateWarnings).filter { seen.insert($0).inserted }
        let intermediates = keepingIntermediates ? Intermediates(root: root, document: document, model: model, swiftFiles: swiftFiles) : nil
        return Output(files: files, warnings: warnings, intermediates: intermediates)
    }
}
