namespace Store.Orders.Returns;

/// <summary>
/// One order line as the return form sees it: how many units may go back now (<see cref="Returnable"/>), until when
/// (<see cref="UntilUtc"/>, null while not delivered), and why not when none may (<see cref="WhyNot"/>).
/// </summary>
public sealed record ReturnableLine(int LineId, string ProductName, string Options, int Ordered, int Returnable, long UnitRefund, DateTime? UntilUtc, string? WhyNot);
