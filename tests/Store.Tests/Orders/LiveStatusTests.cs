using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Store.Tests.Accounts;
using Store.Tests.Catalog;
using Xunit.Abstractions;

namespace Store.Tests.Orders;

/// <summary>An order page open on node B hears of a status change made on node A (server-sent events).</summary>
public sealed class LiveStatusTests(TwoCatalogNodes nodes, ITestOutputHelper output) : IClassFixture<TwoCatalogNodes>
{
    [Fact]
    public async Task A_change_on_node_a_reaches_an_event_stream_on_node_b()
    {
        var item = await nodes.A.ProductAsync("Live Lamp", 1000, 3);
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await nodes.A.CreateCustomerAsync(email);
        var (access, _) = await nodes.A.CreateClient().TokensAsync(email);
        var api = nodes.A.Bearer(access);
        await (await api.AddAsync(item, 1)).OkJsonAsync();
        var number = (await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        var browserOnB = await nodes.B.SignedInCustomerAsync(email);

        using var stream = await browserOnB.GetAsync($"/account/orders/{number}/events", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        Assert.Contains("\"status\":\"Pending\"", await NextEventAsync(reader), StringComparison.Ordinal);

        var watch = Stopwatch.StartNew();
        var cancelled = await api.PostAsync($"/api/v1/orders/{number}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var next = await NextEventAsync(reader).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Contains("\"status\":\"Cancelled\"", next, StringComparison.Ordinal);
        output.WriteLine($"Node B's stream heard of node A's change after {watch.ElapsedMilliseconds} ms.");
    }

    /// <summary>The next server-sent event's lines (<c>event:</c>, <c>data:</c>), read up to its blank line.</summary>
    internal static async Task<string> NextEventAsync(StreamReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length == 0 && lines.Count > 0)
            {
                return string.Join('\n', lines);
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        throw new InvalidOperationException("The event stream ended.");
    }
}
