namespace Store.Orders.Shipments;

internal enum ShipmentResult
{
    /// <summary>Made now, or made before under the same key (<see cref="ShipmentOutcome.Repeated"/>).</summary>
    Done,
    NotFound,

    /// <summary>Field errors: nothing changed.</summary>
    Invalid,

    /// <summary>The order cannot take it now (not paid, already delivered): nothing changed.</summary>
    Refused,
}

/// <summary>What shipping or marking delivered did: the shipment's number in the order, or the messages.</summary>
internal sealed record ShipmentOutcome(ShipmentResult Result, int? Sequence = null, IReadOnlyDictionary<string, string>? Errors = null, bool Repeated = false)
{
    public string Message => Errors is null ? "" : string.Join(" ", Errors.Values);

    public static ShipmentOutcome Refused(string message) => new(ShipmentResult.Refused, Errors: new Dictionary<string, string> { [""] = message });
}
