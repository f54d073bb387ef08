using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Store.Orders.Returns;

/// <summary>Reads a return form post: <c>Line_{id}</c> units (blank = 0; anything else not a whole number is an error), reason, outcome, key.</summary>
internal static class ReturnFormReader
{
    public static (ReturnForm Form, Dictionary<string, string> Errors) Read(IFormCollection fields)
    {
        var form = new ReturnForm { Reason = fields["Reason"], Outcome = fields["Outcome"], Key = fields["Key"] };
        var errors = new Dictionary<string, string>();
        foreach (var (name, value) in fields.Where(f => f.Key.StartsWith("Line_", StringComparison.Ordinal)))
        {
            var text = value.ToString().Trim();
            if (!int.TryParse(name["Line_".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var lineId))
            {
                errors["Lines"] = "One of the lines is not part of this order.";
            }
            else if (text.Length == 0)
            {
                continue;
            }
            else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var units) || units > 1000)
            {
                errors[name] = "Enter a whole number of items.";
            }
            else
            {
                form.Lines[lineId] = units;
            }
        }

        return (form, errors);
    }
}
