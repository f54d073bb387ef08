using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog;
using Store.Core.Data;
using Store.Core.Money;
using Store.Core.Security;
using Store.Core.Sites;
using Store.Shipping.Zones;

namespace Store.Shipping.Areas.Admin.Pages.Shipping;

/// <summary>
/// <c>/admin/shipping</c>: the zones and their methods; <c>?zone=</c> (an id, or <c>new</c>) opens one in the form.
/// Amounts are typed in major units ("4.90"); bands one per line, "from price" (weights in grams).
/// </summary>
[RequirePermission(ShippingPermissions.ManageShippingName)]
public sealed class IndexModel(StoreDbContext db, ShippingEditor editor, SiteState site, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public const int BlankRows = 2;

    [BindProperty(SupportsGet = true, Name = "zone")]
    public string? EditZone { get; set; }

    [BindProperty]
    public ZoneForm Form { get; set; } = new();

    public IReadOnlyList<ShippingZone> Zones { get; private set; } = [];

    public string Currency { get; private set; } = "USD";

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    [TempData]
    public string? Message { get; set; }

    public int? ZoneId => int.TryParse(EditZone, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (ZoneId is { } id)
        {
            if (Zones.FirstOrDefault(z => z.Id == id) is not { } zone)
            {
                return NotFound();
            }

            Form = new ZoneForm
            {
                Name = zone.Name,
                Places = zone.Places.Replace(",", ", ", StringComparison.Ordinal),
                Position = zone.Position,
                Methods = zone.Methods.OrderBy(m => m.Position).Select(m => new MethodForm
                {
                    Id = m.Id,
                    Name = m.Name,
                    Kind = ShippingMethodKinds.NameOf(m.Kind),
                    Price = Prices.FormatFixed(m.Price, Currency),
                    Bands = string.Join('\n', m.Bands.Select(b => $"{(m.Kind == ShippingMethodKind.ByWeight ? b.From.ToString(CultureInfo.InvariantCulture) : Prices.Format(b.From, Currency))} {Prices.FormatFixed(b.Price, Currency)}")),
                    FreeFrom = Prices.FormatFixed(m.FreeFrom, Currency),
                }).ToList(),
            };
        }

        Form.Methods.AddRange(Enumerable.Range(0, BlankRows).Select(_ => new MethodForm()));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // Blank and removed rows are left out; errors name the row's place in the form.
        var rows = Form.Methods.Select((m, i) => (Row: m, FormIndex: i)).Where(r => !r.Row.Remove && (r.Row.Id is not null || !string.IsNullOrWhiteSpace(r.Row.Name))).ToList();
        var methods = rows.Select(r =>
        {
            var kind = ShippingMethodKinds.Parse(r.Row.Kind);
            var at = $"Methods[{r.FormIndex}]";
            return new ShippingMethodInput(r.Row.Id, r.Row.Name, r.Row.Kind, Amount(r.Row.Price, at + ".Price", optional: kind != ShippingMethodKind.Flat),
                Bands(r.Row.Bands, kind == ShippingMethodKind.ByWeight, at + ".Bands"), Amount(r.Row.FreeFrom, at + ".FreeFrom", optional: true));
        }).ToList();

        var result = Errors.Count > 0 ? null : await editor.SaveZoneAsync(ZoneId, new ShippingZoneInput(Form.Name, [Form.Places ?? ""], Form.Position, methods), cancellationToken);
        if (result is { NotFound: true })
        {
            return NotFound();
        }

        if (result is { IsSaved: true })
        {
            Message = localizer["Saved the zone “{0}”.", result.Value!.Name];
            return RedirectToPage(new { zone = (string?)null });
        }

        foreach (var (field, message) in result?.Errors ?? new Dictionary<string, string>())
        {
            var at = field.StartsWith("Methods[", StringComparison.Ordinal) ? int.Parse(field[8..field.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture) : -1;
            Errors[at < 0 ? field : $"Methods[{rows[at].FormIndex}]{field[(field.IndexOf(']', StringComparison.Ordinal) + 1)..]}"] = message;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        Message = await editor.DeleteZoneAsync(id, cancellationToken) ? localizer["Zone deleted, with its methods."] : localizer["That zone was already deleted."];
        return RedirectToPage(new { zone = (string?)null });
    }

    public string Text(long amount) => Prices.FormatFixed(amount, Currency)!;

    /// <summary>An amount as the admin reads it, in their culture (the form fields keep <see cref="Text"/>'s typed form).</summary>
    public string Display(long amount) => new Money(amount, Currency).Format(CultureInfo.CurrentCulture);

    private long? Amount(string? text, string field, bool optional)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return optional ? null : 0;
        }

        if (Prices.TryParse(text, Currency, out var minor))
        {
            return minor;
        }

        Errors[field] = localizer["“{0}” is not an amount: type it like 4.90.", text];
        return null;
    }

    // "from price" per line; from is grams for a weight method, an amount otherwise.
    private List<ShippingBand>? Bands(string? text, bool weight, string field)
    {
        var bands = new List<ShippingBand>();
        foreach (var line in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long from = 0;
            var ok = parts.Length == 2 && (weight ? long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out from) : Prices.TryParse(parts[0], Currency, out from));
            if (!ok || !Prices.TryParse(parts[1], Currency, out var price))
            {
                Errors[field] = localizer["“{0}” is not a band: write one per line, the start and the price, like “{1} 7.90”.", line, weight ? "2000" : "50.00"];
                return null;
            }

            bands.Add(new ShippingBand { From = from, Price = price });
        }

        return bands;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Currency = (await site.GetAsync(cancellationToken))?.Currency ?? "USD";
        Zones = await db.Set<ShippingZone>().AsNoTracking().Include(z => z.Methods).OrderBy(z => z.Position).ThenBy(z => z.Id).ToListAsync(cancellationToken);
    }

    public sealed class ZoneForm
    {
        public string? Name { get; set; }

        public string? Places { get; set; }

        public int Position { get; set; }

        public List<MethodForm> Methods { get; set; } = [];
    }

    public sealed class MethodForm
    {
        public int? Id { get; set; }

        public string? Name { get; set; }

        public string? Kind { get; set; } = "flat";

        public string? Price { get; set; }

        public string? Bands { get; set; }

        public string? FreeFrom { get; set; }

        public bool Remove { get; set; }
    }
}
