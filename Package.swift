// swift-tools-version: 6.0
import PackageDescription

// The library product depends on nothing but the toolchain and two system libraries:
// libcurl (the client's HTTP) and libyaml (the generator's parser).
let package = Package(
    name: "Infercom",
    products: [
        .library(name: "Infercom", targets: ["Infercom"]),
        .library(name: "InfercomRuntime", targets: ["InfercomRuntime"]),
        .executable(name: "openapi-swift", targets: ["openapi-swift"]),
        .executable(name: "infercom", targets: ["InfercomCLI"]),
        .plugin(name: "OpenAPISwiftPlugin", targets: ["OpenAPISwiftPlugin"]),
        .plugin(name: "GenerateBindings", targets: ["GenerateBindings"]),
        .plugin(name: "CheckBindings", targets: ["CheckBindings"]),
    ],
    targets: [
        // MARK: Generator: YAML → OpenAPI document → type model → Swift text
        .systemLibrary(
            name: "CYAML", path: "Generator/CYAML",
            pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "GeneratorCore", dependencies: ["CYAML"], path: "Generator/Core"),
        .executableTarget(name: "openapi-swift", dependencies: ["GeneratorCore"], path: "Generator/CLI"),

        // MARK: Plugins: find the inputs, run openapi-swift (Generator/Plugins/Shared holds the common code)
        .plugin(
            name: "OpenAPISwiftPlugin", capability: .buildTool(),
            dependencies: ["openapi-swift"], path: "Generator/Plugins/OpenAPISwiftPlugin"),
        .plugin(
            name: "GenerateBindings",
            capability: .command(
                intent: .custom(verb: "generate-bindings", description: "Regenerate committed OpenAPI bindings (make generate)"),
                permissions: [.writeToPackageDirectory(reason: "writes the generated Swift files into the package's sources")]),
            dependencies: ["openapi-swift"], path: "Generator/Plugins/GenerateBindings"),
        .plugin(
            name: "CheckBindings",
            capability: .command(
                intent: .custom(verb: "check-bindings", description: "Fail with a diff if committed OpenAPI bindings are out of date (make check)")),
            dependencies: ["openapi-swift"], path: "Generator/Plugins/CheckBindings"),

        // MARK: Library: hand-written runtime + generated bindings
        .systemLibrary(
            name: "CCurl", path: "Sources/CCurl",
            pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(name: "InfercomRuntime", dependencies: ["CCurl"], path: "Sources/InfercomRuntime"),
        .target(name: "Infercom", dependencies: ["InfercomRuntime"], path: "Sources/Infercom"),

        // MARK: Command-line client: `infercom "question"` (only the library, hand-written argument parsing)
        .executableTarget(name: "InfercomCLI", dependencies: ["Infercom"], path: "Sources/InfercomCLI"),

        // MARK: Tests
        .testTarget(name: "GeneratorTests", dependencies: ["GeneratorCore"], path: "Tests/GeneratorTests"),
        .testTarget(name: "InfercomTests", dependencies: ["Infercom", "InfercomCLI"], path: "Tests/InfercomTests"),
    ],
    swiftLanguageModes: [.v6]
)
