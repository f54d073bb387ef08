using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Store.Tests.Infrastructure;

/// <summary>A real SMTP server on a loopback port: what MailKit sends arrives here as MIME messages.</summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Inbox _inbox = new();
    private Task? _running;

    public SmtpTestServer(int? port = null) => Port = port ?? FreePort();

    public int Port { get; }

    public IReadOnlyCollection<MimeMessage> Received => _inbox.Messages;

    public SmtpTestServer Start()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_inbox);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        return this;
    }

    /// <summary>Waits until a message to <paramref name="to"/> matching <paramref name="match"/> has arrived.</summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (DateTime.UtcNow < deadline)
        {
            var message = _inbox.Messages.FirstOrDefault(m =>
                m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)) && (match is null || match(m)));
            if (message is not null)
            {
                return message;
            }

            await _inbox.Arrived.WaitAsync(TimeSpan.FromMilliseconds(200));
        }

        throw new TimeoutException($"No email to {to} arrived; received: {string.Join(", ", _inbox.Messages.Select(m => m.To + ": " + m.Subject))}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _stop.Dispose();
        _inbox.Arrived.Dispose();
    }

    private sealed class Inbox : MessageStore
    {
        private readonly ConcurrentQueue<MimeMessage> _messages = new();

        public IReadOnlyCollection<MimeMessage> Messages => _messages;

        public SemaphoreSlim Arrived { get; } = new(0);

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            _messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            Arrived.Release();
            return SmtpResponse.Ok;
        }
    }
}
