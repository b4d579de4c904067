#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One environment variable, read with `getenv`. `ProcessInfo.processInfo.environment`
/// copies the whole environment into a dictionary on every call (a third of a
/// millisecond the first time), which a 20 ms run notices.
package func environmentValue(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
