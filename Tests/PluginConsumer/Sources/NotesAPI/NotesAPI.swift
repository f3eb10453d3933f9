// NotesAPI's code is generated at build time by OpenAPISwiftPlugin from openapi.yaml and
// openapi-swift-config.yaml, next to this file. SwiftPM only treats a directory as a Swift target
// if it has at least one Swift source of its own; this is that file.
