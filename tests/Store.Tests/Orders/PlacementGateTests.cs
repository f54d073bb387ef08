using Store.Orders;
using Store.Orders.Checkout;

namespace Store.Tests.Orders;

/// <summary>The gate that bounds the orders one node places at once: a turn waits for a free one, and a turn is given back once.</summary>
public sealed class PlacementGateTests
{
    [Fact]
    public async Task A_buyer_past_the_limit_waits_until_a_turn_is_given_back()
    {
        using var gate = new PlacementGate(new OrdersOptions { ConcurrentPlacements = 1 });
        var first = await gate.EnterAsync(CancellationToken.None);

        var second = gate.EnterAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task Giving_a_turn_back_twice_frees_one_place_only()
    {
        using var gate = new PlacementGate(new OrdersOptions { ConcurrentPlacements = 1 });
        var turn = await gate.EnterAsync(CancellationToken.None);
        turn.Dispose();
        turn.Dispose();

        using var next = await gate.EnterAsync(CancellationToken.None);
        Assert.False(gate.EnterAsync(CancellationToken.None).IsCompleted);
    }

    [Fact]
    public async Task A_buyer_who_leaves_while_waiting_gets_no_turn()
    {
        using var gate = new PlacementGate(new OrdersOptions { ConcurrentPlacements = 1 });
        using var first = await gate.EnterAsync(CancellationToken.None);
        using var left = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gate.EnterAsync(left.Token));
    }
}
