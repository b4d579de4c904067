import Foundation
import Testing

/// Whether this test process runs under AddressSanitizer or ThreadSanitizer (`make sanitize`).
/// Wall-clock bounds measure the sanitizer there, not journal, so timing checks are skipped.
enum Sanitizer {
    static let active: Bool = {
        let process = dlopen(nil, RTLD_NOW)
        return dlsym(process, "__asan_init") != nil || dlsym(process, "__tsan_init") != nil
    }()

    static let skipTiming: Comment = "wall-clock bounds are not meaningful under a sanitizer"
}
