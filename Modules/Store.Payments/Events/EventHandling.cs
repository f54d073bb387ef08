namespace Store.Payments.Events;

/// <summary>What became of a delivered event: acted on, a repeat of one already acted on, or a type the shop ignores.</summary>
internal enum EventHandling
{
    Handled,
    Duplicate,
    Ignored,
}
