import Foundation

/// `file://` URIs of the protocol and journal paths (relative to the root when inside it).
package enum DocumentURI {
    /// The absolute file path of a `file://` URI (percent-decoded), nil for another scheme.
    package static func filePath(_ uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.standardizedFileURL.path
    }

    /// The `file://` URI of `path` (relative to `root`, or absolute).
    package static func uri(path: String, root: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
        return URL(fileURLWithPath: absolute).absoluteString
    }

    /// The journal path of a URI: relative to `root` when inside it.
    package static func journalPath(_ uri: String, root: String) -> String? {
        guard let absolute = filePath(uri) else { return nil }
        let base = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : absolute
    }
}
