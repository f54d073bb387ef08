namespace Store.Core.Setup;

/// <summary>A setup value that cannot be used; <see cref="Field"/> names the form field.</summary>
public sealed class SetupException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
