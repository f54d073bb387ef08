using Store.Orders.Contracts;

namespace Store.Orders.Workflow;

/// <summary>One allowed move: from, to, who may make it, and whether it gives the held stock back.</summary>
internal sealed record OrderTransition(OrderStatus From, OrderStatus To, OrderActor Actors, bool ReleasesStock = false);
