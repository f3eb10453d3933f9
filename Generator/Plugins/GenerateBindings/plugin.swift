import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-bindings`: regenerates committed
/// bindings in place, byte for byte what `make generate` writes (it runs the same executable).
///
/// Arguments are described in `BindingsCommand.usage`; `--check` is accepted too, but SwiftPM asks
/// for the write permission before any plugin code runs, so prefer `check-bindings` for checking.
@main struct GenerateBindings: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try BindingsCommand.run(context: context, arguments: arguments, check: false)
    }
}
