using Store.Orders.Contracts;

namespace Store.Orders.Workflow;

/// <summary>One allowed move: from, to, who may make it, and whether it gives the held stock back or takes it again.</summary>
internal sealed record OrderTransition(OrderStatus From, OrderStatus To, OrderActor Actors, bool ReleasesStock = false, bool ReservesStock = false);
