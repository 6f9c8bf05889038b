import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Fetches web pages for `load URL` and `load --urls FILE` with the toolchain's `URLSession`
/// (FoundationNetworking on Linux): redirects followed, gzip and deflate decoded, a timeout for
/// the whole response, a size limit checked while the body arrives, a `User-Agent` naming lede,
/// and several pages at once. Each URL gives a page or a ``Failure`` that says why in a few words.
public struct WebFetcher: Sendable {
    public struct Options: Sendable {
        /// Seconds a page may take from request to last byte.
        public var timeout: Double
        /// Bodies larger than this many bytes are refused.
        public var maxSize: Int
        /// How many pages are fetched at once.
        public var concurrency: Int
        public var userAgent: String

        public init(timeout: Double = 20, maxSize: Int = ArticleLoader.Options.defaultMaxSize, concurrency: Int = 8) {
            self.timeout = timeout
            self.maxSize = maxSize
            self.concurrency = concurrency
            userAgent = "lede/\(LedeVersion.current) (article loader)"
        }
    }

    /// A fetched page.
    public struct Page: Sendable {
        /// The URL as given.
        public var url: String
        /// Where the last redirect led.
        public var finalURL: String
        public var bytes: [UInt8]
        /// The charset of the `Content-Type` header, when it names one.
        public var charset: String?
        public var fetched: Date
    }

    /// Why a URL gave no page.
    public enum Failure: Error, Sendable, Equatable {
        case invalidURL
        case dns
        case refused
        case timeout(seconds: Double)
        case tls
        case http(status: Int)
        case tooLarge(limit: Int)
        case notHTML(contentType: String)
        case cancelled
        case other(String)

        public var message: String {
            switch self {
            case .invalidURL: return "not an http:// or https:// URL"
            case .dns: return "host not found (DNS)"
            case .refused: return "connection refused"
            case .timeout(let seconds): return "timed out after \(ByteCount.seconds(seconds))"
            case .tls: return "TLS error (secure connection failed)"
            case .http(let status):
                return "HTTP \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))"
            case .tooLarge(let limit): return "page is over the \(ByteCount.describe(limit)) limit; not loaded (raise it with --max-size)"
            case .notHTML(let type): return "not HTML (\(type.isEmpty ? "no content type" : type))"
            case .cancelled: return "cancelled"
            case .other(let text): return text
            }
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Fetches every URL, `options.concurrency` at a time, and returns the results in the order given.
    /// - Parameters:
    ///   - progress: called on this thread with (URLs done, URLs in total) as they finish.
    ///   - isCancelled: polled while waiting; when it returns true the fetches still running stop.
    public func fetch(
        _ urls: [String], progress: ((Int, Int) -> Void)? = nil, isCancelled: () -> Bool = { false }
    ) -> [Result<Page, Failure>] {
        let state = FetchState(count: urls.count, maxSize: options.maxSize, timeout: options.timeout)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.httpAdditionalHeaders = [
            "User-Agent": options.userAgent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": "gzip, deflate",
        ]
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: state, delegateQueue: queue)
        defer { session.invalidateAndCancel() }

        var next = 0
        var running = 0
        var done = 0
        // A watchdog: a task that outlives its timeout by a margin is given up, so a response
        // that never completes cannot hold `load` (a late result is then ignored).
        var deadlines: [Int: (task: URLSessionTask, at: Date)] = [:]
        let margin = 2.0
        func startNext() {
            while running < max(1, options.concurrency) && next < urls.count {
                let position = next
                next += 1
                guard let url = URL(string: urls[position]), let scheme = url.scheme?.lowercased(),
                    scheme == "http" || scheme == "https", url.host != nil
                else {
                    state.finish(position, with: .failure(.invalidURL))
                    running += 1
                    continue
                }
                let task = session.dataTask(with: url)
                state.register(task, at: position, url: urls[position])
                running += 1
                deadlines[position] = (task, Date().addingTimeInterval(options.timeout + margin))
                task.resume()
            }
        }
        startNext()
        while done < urls.count {
            if state.finished.wait(timeout: .now() + 0.1) == .success {
                done += 1
                running -= 1
                progress?(done, urls.count)
                startNext()
            } else if isCancelled() {
                session.invalidateAndCancel()
                return state.results.map { $0 ?? .failure(.cancelled) }
            } else {
                let now = Date()
                let results = state.results
                for (position, deadline) in deadlines where results[position] == nil && deadline.at < now {
                    deadlines[position] = nil
                    deadline.task.cancel()
                    state.finish(position, with: .failure(.timeout(seconds: options.timeout)))
                }
            }
        }
        return state.results.map { $0 ?? .failure(.cancelled) }
    }
}

/// What the session's delegate collects, one slot per URL.
///
/// `@unchecked Sendable`: every stored property is read and written only while `lock` is held
/// (the delegate runs on the session's serial queue, the caller reads results after waiting).
final class FetchState: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var positions: [Int: Int] = [:]
    private var urls: [Int: String] = [:]
    private var bodies: [Int: [UInt8]] = [:]
    private var failures: [Int: WebFetcher.Failure] = [:]
    private var stored: [Result<WebFetcher.Page, WebFetcher.Failure>?]
    private let maxSize: Int
    private let timeout: Double
    /// Signalled once per finished URL.
    let finished = DispatchSemaphore(value: 0)

    init(count: Int, maxSize: Int, timeout: Double) {
        stored = Array(repeating: nil, count: count)
        self.maxSize = maxSize
        self.timeout = timeout
    }

    var results: [Result<WebFetcher.Page, WebFetcher.Failure>?] { lock.withLock { stored } }

    func register(_ task: URLSessionTask, at position: Int, url: String) {
        lock.withLock {
            positions[task.taskIdentifier] = position
            urls[task.taskIdentifier] = url
            bodies[task.taskIdentifier] = []
        }
    }

    /// Stores the first result for a URL and signals ``finished``; later ones are ignored.
    func finish(_ position: Int, with result: Result<WebFetcher.Page, WebFetcher.Failure>) {
        let first = lock.withLock {
            guard stored[position] == nil else { return false }
            stored[position] = result
            return true
        }
        if first { finished.signal() }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        var failure: WebFetcher.Failure?
        if let http = response as? HTTPURLResponse, !(200..<300).contains(http.statusCode) {
            failure = .http(status: http.statusCode)
        } else if response.expectedContentLength > Int64(maxSize) {
            failure = .tooLarge(limit: maxSize)
        } else if let type = response.mimeType?.lowercased(), !type.contains("html"), !type.contains("xml") {
            failure = .notHTML(contentType: type)
        }
        if let failure {
            lock.withLock { failures[dataTask.taskIdentifier] = failure }
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overLimit = lock.withLock {
            bodies[dataTask.taskIdentifier, default: []].append(contentsOf: data)
            if (bodies[dataTask.taskIdentifier]?.count ?? 0) > maxSize {
                failures[dataTask.taskIdentifier] = .tooLarge(limit: maxSize)
                return true
            }
            return false
        }
        if overLimit { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let id = task.taskIdentifier
        let (position, url, body, failure) = lock.withLock {
            (positions[id], urls[id] ?? "", bodies.removeValue(forKey: id) ?? [], failures[id])
        }
        guard let position else { return }
        let result: Result<WebFetcher.Page, WebFetcher.Failure>
        if let failure {
            result = .failure(failure)
        } else if let error {
            result = .failure(Self.failure(for: error, timeout: timeout))
        } else {
            let finalURL = task.currentRequest?.url?.absoluteString ?? task.response?.url?.absoluteString ?? url
            result = .success(
                WebFetcher.Page(
                    url: url, finalURL: finalURL, bytes: body, charset: task.response?.textEncodingName, fetched: Date()))
        }
        finish(position, with: result)
    }

    static func failure(for error: any Error, timeout: Double) -> WebFetcher.Failure {
        guard let error = error as? URLError else { return .other(error.localizedDescription) }
        switch error.code {
        case .cannotFindHost, .dnsLookupFailed: return .dns
        case .cannotConnectToHost: return .refused
        case .timedOut: return .timeout(seconds: timeout)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return .tls
        case .cancelled: return .cancelled
        case .httpTooManyRedirects: return .other("too many redirects")
        case .networkConnectionLost: return .other("connection lost")
        default: return .other(error.localizedDescription)
        }
    }
}
