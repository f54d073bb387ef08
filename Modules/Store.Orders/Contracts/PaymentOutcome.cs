namespace Store.Orders.Contracts;

public enum PaymentResult
{
    /// <summary>The order became <c>Paid</c>.</summary>
    Paid,

    /// <summary>The order was already paid by this same payment: nothing changed.</summary>
    AlreadyPaid,

    /// <summary>The order cannot take this payment (cancelled, its lapsed hold's stock gone, paid otherwise): refund it.</summary>
    NotPayable,

    NotFound,
}

/// <summary>What recording a payment did, and why when it did not make the order <c>Paid</c>.</summary>
public sealed record PaymentOutcome(PaymentResult Result, OrderStatus? Status, string? Message = null);
