namespace Store.Core.Localization;

/// <summary>
/// Thrown when PO text or a plural expression is malformed; carries the 1-based line number.
/// </summary>
public sealed class PoParseException : FormatException
{
    /// <summary>Creates the exception for a problem found on <paramref name="lineNumber"/>.</summary>
    public PoParseException(int lineNumber, string message, Exception? innerException = null)
        : base($"PO parse error on line {lineNumber}: {message}", innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>Creates the exception without a line number (required exception constructor shape).</summary>
    public PoParseException()
    {
    }

    /// <summary>Creates the exception without a line number (required exception constructor shape).</summary>
    public PoParseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception without a line number (required exception constructor shape).</summary>
    public PoParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the 1-based line on which parsing failed, or 0 when unknown.</summary>
    public int LineNumber { get; }
}
