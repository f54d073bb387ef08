using System.Globalization;

namespace Store.Core.Localization;

/// <summary>
/// A compiled gettext plural rule: the number of forms and the function choosing a form for a count.
/// </summary>
public sealed class PluralRule
{
    private readonly Func<long, int> _select;

    private PluralRule(int count, string expression, Func<long, int> select)
    {
        Count = count;
        Expression = expression;
        _select = select;
    }

    /// <summary>Gets the rule used when a PO file has no <c>Plural-Forms</c> header: <c>nplurals=2; plural=(n != 1);</c>.</summary>
    public static PluralRule Default { get; } = new(2, "n != 1", Compile("n != 1"));

    /// <summary>Gets the number of plural forms (<c>nplurals</c>).</summary>
    public int Count { get; }

    /// <summary>Gets the source of the <c>plural=</c> expression.</summary>
    public string Expression { get; }

    /// <summary>
    /// Returns the form index for <paramref name="count"/>; it may be outside 0..Count-1 when the
    /// expression is inconsistent with <c>nplurals</c>, which callers treat as "no translation".
    /// </summary>
    public int Select(long count) => _select(count);

    /// <summary>
    /// Compiles a C plural expression such as <c>(n != 1)</c> into a form selector.
    /// Division by zero at evaluation time yields -1 rather than throwing.
    /// </summary>
    /// <exception cref="FormatException">The expression is not valid.</exception>
    public static Func<long, int> Compile(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var evaluate = PluralExpressionCompiler.Compile(expression);
        return n =>
        {
            try
            {
                var value = evaluate(n);
                return value is >= int.MinValue and <= int.MaxValue ? (int)value : -1;
            }
            catch (DivideByZeroException)
            {
                return -1;
            }
            catch (OverflowException)
            {
                // long.MinValue / -1 overflows even in an unchecked context.
                return -1;
            }
        };
    }

    /// <summary>
    /// Parses a <c>Plural-Forms</c> header value, e.g. <c>nplurals=2; plural=(n &gt; 1);</c>.
    /// </summary>
    /// <exception cref="FormatException">The header or its expression is not valid.</exception>
    public static PluralRule Parse(string pluralForms)
    {
        ArgumentNullException.ThrowIfNull(pluralForms);
        int? count = null;
        string? expression = null;
        foreach (var part in pluralForms.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Split on the first '=' only: the expression itself contains "==".
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                throw new FormatException($"Invalid Plural-Forms part '{part}'.");
            }

            var key = part[..eq].Trim();
            var value = part[(eq + 1)..].Trim();
            if (key.Equals("nplurals", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    throw new FormatException($"Invalid nplurals '{value}'.");
                }

                count = n;
            }
            else if (key.Equals("plural", StringComparison.OrdinalIgnoreCase))
            {
                expression = value;
            }
        }

        if (count is null)
        {
            throw new FormatException("Plural-Forms has no nplurals.");
        }

        // Languages with a single form (e.g. Japanese) sometimes omit the expression.
        expression ??= count == 1 ? "0" : throw new FormatException("Plural-Forms has no plural expression.");
        return new PluralRule(count.Value, expression, Compile(expression));
    }
}
