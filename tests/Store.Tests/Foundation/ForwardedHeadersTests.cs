using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

/// <summary>
/// Whom the shop believes about the client's address, in process: the connection's peer address is set from
/// a test header before the shop's pipeline (TestServer has no sockets), and the shop's own
/// <c>Store.ClientAddress</c> log line says what it took. The real proxy over real sockets is TopologyTests.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string PeerHeader = "X-Test-Peer";

    [Fact]
    public Task With_no_proxy_configured_a_forwarded_address_is_ignored_even_from_loopback() =>
        WithShopAsync(knownProxies: null, async app =>
            Assert.Equal("from 127.0.0.1 over http", await app.RequestAsync(peer: "127.0.0.1", forwardedFor: "198.51.100.1", forwardedProto: "https")));

    [Fact]
    public Task The_configured_proxy_is_believed_and_any_other_peer_is_not() =>
        WithShopAsync(knownProxies: "10.9.9.9", async app =>
        {
            Assert.Equal("from 198.51.100.2 over https", await app.RequestAsync(peer: "10.9.9.9", forwardedFor: "198.51.100.2", forwardedProto: "https"));
            // A client that appended its own claim: only the address the proxy added counts.
            Assert.Equal("from 203.0.113.5 over http", await app.RequestAsync(peer: "10.9.9.9", forwardedFor: "198.51.100.3, 203.0.113.5", forwardedProto: "http"));
            Assert.Equal("from 10.9.9.8 over http", await app.RequestAsync(peer: "10.9.9.8", forwardedFor: "198.51.100.4", forwardedProto: "https"));
            Assert.Equal("from 127.0.0.1 over http", await app.RequestAsync(peer: "127.0.0.1", forwardedFor: "198.51.100.5", forwardedProto: "https"));
        });

    private static async Task WithShopAsync(string? knownProxies, Func<ForwardingShop, Task> test)
    {
        var app = new ForwardingShop(knownProxies);
        try
        {
            await app.InitializeAsync();
            await test(app);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }

    private sealed class ForwardingShop : StoreAppFactory
    {
        private readonly LogLines _log = new();

        public ForwardingShop(string? knownProxies)
        {
            Setting("ForwardedHeaders:KnownProxies", knownProxies);
            Setting("Logging:LogLevel:Store.ClientAddress", "Debug");
        }

        protected override string? Recipe => null;

        /// <summary>One request from <paramref name="peer"/>; returns the end of the line the shop logged for it.</summary>
        public async Task<string> RequestAsync(string peer, string forwardedFor, string forwardedProto)
        {
            var path = "/probe-" + Guid.NewGuid().ToString("n");
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add(PeerHeader, peer);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            await CreateClient().SendAsync(request);
            var line = _log.Lines.Single(l => l.StartsWith($"GET {path} ", StringComparison.Ordinal));
            return line[$"GET {path} ".Length..];
        }

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton<ILoggerProvider>(_log);
            services.AddTransient<IStartupFilter, PeerFromHeader>();
        }
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext http, RequestDelegate rest) =>
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(http.Request.Headers[PeerHeader].ToString());
                return rest(http);
            });
            next(app);
        };
    }

    private sealed class LogLines : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName == "Store.ClientAddress" ? Lines : null);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string>? lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => lines is not null;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines?.Enqueue(formatter(state, exception));
        }
    }
}
