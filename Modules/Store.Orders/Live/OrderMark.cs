using Store.Orders.Contracts;

namespace Store.Orders.Live;

/// <summary>What an open order page shows that can change: the status, the shipments and their deliveries, the documents issued.</summary>
internal readonly record struct OrderMark(OrderStatus Status, int Shipments, int Delivered, int Documents);
