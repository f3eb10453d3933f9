import PackagePlugin

/// `swift package check-bindings`: fails with a unified diff when committed bindings differ from
/// what their spec produces. It runs `openapi-swift --check` (the code path of `make check`) and
/// declares no permissions, so it needs no flag and can run anywhere, CI included.
@main struct CheckBindings: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try BindingsCommand.run(context: context, arguments: arguments, check: true)
    }
}
