using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Store.Core.Data;
using Store.Orders.Invoices;
using Store.Orders.Orders;
using Store.Orders.Shipments;

namespace Store.Orders.Live;

/// <summary>
/// One loop per node reads the status, shipment and document counts (<see cref="OrderMark"/>) of every order someone is watching on this node, in one query, every
/// <see cref="OrdersOptions.LivePollInterval"/> (and at once after a local change), and hands each change to
/// its watchers. Nobody watching, no query. A change on another node reaches a page here within one interval.
/// The interval is wall-clock time (a poll cadence, not shop time), so it does not follow a test's fake clock.
/// </summary>
internal sealed class PollingOrderStatusNotifier(IServiceScopeFactory scopes, OrdersOptions options, ILogger<PollingOrderStatusNotifier> logger)
    : BackgroundService, IOrderStatusNotifier
{
    private readonly ConcurrentDictionary<Watcher, byte> _watchers = new();
    private readonly SemaphoreSlim _wake = new(0);

    public void Changed(int orderId)
    {
        if (!_watchers.IsEmpty)
        {
            _wake.Release();
        }
    }

    public async IAsyncEnumerable<OrderMark> WatchAsync(int orderId, OrderMark known, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var watcher = new Watcher(orderId, known);
        _watchers[watcher] = 0;
        try
        {
            await foreach (var status in watcher.Changes.Reader.ReadAllAsync(cancellationToken))
            {
                yield return status;
            }
        }
        finally
        {
            _watchers.TryRemove(watcher, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(options.LivePollInterval, stoppingToken);
                if (!_watchers.IsEmpty)
                {
                    await PollAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Looking for order status changes failed; trying again.");
            }
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var ids = _watchers.Keys.Select(w => w.OrderId).Distinct().ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        var marks = await db.Set<Order>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new
            {
                o.Id,
                Mark = new OrderMark(
                    o.Status,
                    db.Set<Shipment>().Count(s => s.OrderId == o.Id),
                    db.Set<Shipment>().Count(s => s.OrderId == o.Id && s.DeliveredUtc != null),
                    db.Set<OrderDocument>().Count(d => d.OrderId == o.Id)),
            })
            .ToDictionaryAsync(o => o.Id, o => o.Mark, cancellationToken);
        foreach (var watcher in _watchers.Keys)
        {
            if (marks.TryGetValue(watcher.OrderId, out var mark) && mark != watcher.Known)
            {
                watcher.Known = mark;
                watcher.Changes.Writer.TryWrite(mark);
            }
        }
    }

    private sealed class Watcher(int orderId, OrderMark known)
    {
        public int OrderId { get; } = orderId;

        public OrderMark Known { get; set; } = known;

        public Channel<OrderMark> Changes { get; } = Channel.CreateUnbounded<OrderMark>();
    }
}
