using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;

namespace Store.Shipping.Zones;

// Its messages follow the request's culture (the admin's language; English on the API unless a culture is asked for).
/// <summary>Every change to zones and their methods, with their rules, for the admin page, the API and the <c>shipping</c> recipe step.</summary>
public sealed class ShippingEditor(StoreDbContext db, IStringLocalizer<ShippingEditor> localizer)
{
    public const long MaxAmount = 1_000_000_000;
    public const int MaxMethods = 20;

    public async Task<EditResult<ShippingZone>> SaveZoneAsync(int? id, ShippingZoneInput input, CancellationToken cancellationToken)
    {
        var zone = id is { } existing ? await db.Set<ShippingZone>().Include(z => z.Methods).FirstOrDefaultAsync(z => z.Id == existing, cancellationToken) : null;
        if (id is not null && zone is null)
        {
            return EditResult.Missing<ShippingZone>();
        }

        var errors = new Dictionary<string, string>();
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > ShippingZone.NameMaxLength)
        {
            errors[nameof(input.Name)] = localizer["Enter a name of 1 to {0} characters.", ShippingZone.NameMaxLength];
        }

        var (places, placesError) = ZonePlaces.Parse(input.Places ?? []);
        if (placesError is not null)
        {
            errors[nameof(input.Places)] = placesError;
        }

        var methods = input.Methods ?? [];
        if (methods.Count is 0 or > MaxMethods)
        {
            errors[nameof(input.Methods)] = localizer["Give the zone 1 to {0} shipping methods.", MaxMethods];
        }

        for (var i = 0; i < methods.Count; i++)
        {
            foreach (var (field, message) in Check(methods[i]))
            {
                errors[$"Methods[{i}].{field}"] = message;
            }

            if (methods[i].Id is { } methodId && zone?.Methods.Any(m => m.Id == methodId) != true)
            {
                errors[$"Methods[{i}].Id"] = localizer["That method belongs to no zone here; leave the id out to add a method."];
            }
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<ShippingZone>(errors);
        }

        if (zone is null)
        {
            zone = new ShippingZone { Name = name, Places = places! };
            db.Add(zone);
        }

        zone.Name = name;
        zone.Places = places!;
        zone.Position = input.Position;
        var kept = new List<ShippingMethod>();
        for (var i = 0; i < methods.Count; i++)
        {
            var m = methods[i];
            // A kept method keeps its id, so a shopper who chose it at checkout still has it.
            var method = m.Id is { } methodId ? zone.Methods.First(x => x.Id == methodId) : new ShippingMethod { Name = "" };
            method.Name = m.Name!.Trim();
            method.Kind = ShippingMethodKinds.Parse(m.Kind)!.Value;
            method.Price = method.Kind == ShippingMethodKind.Flat ? m.Price ?? 0 : 0;
            method.Bands = method.Kind == ShippingMethodKind.Flat ? [] : m.Bands!.OrderBy(b => b.From).Select(b => new ShippingBand { From = b.From, Price = b.Price }).ToList();
            method.FreeFrom = m.FreeFrom;
            method.Position = i;
            kept.Add(method);
        }

        foreach (var gone in zone.Methods.Except(kept).ToList())
        {
            db.Remove(gone);
        }

        zone.Methods = kept;
        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved(zone);
    }

    public async Task<bool> DeleteZoneAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ShippingZone>().Where(z => z.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;

    private IEnumerable<(string Field, string Message)> Check(ShippingMethodInput m)
    {
        if ((m.Name?.Trim().Length ?? 0) is 0 or > ShippingMethod.NameMaxLength)
        {
            yield return (nameof(m.Name), localizer["Enter the name shoppers see (Standard, Express), 1 to {0} characters.", ShippingMethod.NameMaxLength].Value);
        }

        if (m.FreeFrom is < 0 or > MaxAmount)
        {
            yield return (nameof(m.FreeFrom), localizer["Enter the order total from which it ships free, or leave it empty."].Value);
        }

        var kind = ShippingMethodKinds.Parse(m.Kind);
        if (kind is null)
        {
            yield return (nameof(m.Kind), localizer["Choose how it is priced: flat, total (bands of the order total) or weight (bands of the weight)."].Value);
            yield break;
        }

        if (kind == ShippingMethodKind.Flat)
        {
            if (m.Price is not (>= 0 and <= MaxAmount))
            {
                yield return (nameof(m.Price), localizer["Enter the price (0 for free)."].Value);
            }

            yield break;
        }

        var bands = m.Bands ?? [];
        if (bands.Count is 0 or > ShippingMethod.MaxBands || bands.All(b => b.From != 0))
        {
            yield return (nameof(m.Bands), localizer["Give 1 to {0} bands, the first from 0.", ShippingMethod.MaxBands].Value);
        }
        else if (bands.Any(b => b.From < 0 || b.From > MaxAmount || b.Price < 0 || b.Price > MaxAmount) || bands.Select(b => b.From).Distinct().Count() != bands.Count)
        {
            yield return (nameof(m.Bands), localizer["Each band needs its own starting point and a price of 0 or more."].Value);
        }
    }
}
