// swift-tools-version: 6.0
import PackageDescription

// A consumer of the build-tool plugin, kept tiny so it builds fast: NotesAPI holds only an OpenAPI
// document and a configuration; its Swift code is generated at build time by OpenAPISwiftPlugin.
// Run by Tests/plugin-checks.sh (`swift test --package-path Tests/PluginConsumer`).
let package = Package(
    name: "PluginConsumer",
    dependencies: [
        // The repository under test. `name:` pins the package name that `package:` refers to below,
        // whatever the clone's directory is called.
        .package(name: "Infercom", path: "../.."),
    ],
    targets: [
        .target(
            name: "NotesAPI",
            dependencies: [.product(name: "OpenAPIClientRuntime", package: "Infercom")],
            plugins: [.plugin(name: "OpenAPISwiftPlugin", package: "Infercom")]),
        .testTarget(
            name: "NotesAPITests",
            dependencies: ["NotesAPI", .product(name: "OpenAPIClientRuntime", package: "Infercom")]),
    ],
    swiftLanguageModes: [.v6]
)
