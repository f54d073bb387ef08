using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Shipping.Zones;

/// <summary><c>/api/v1/admin/shipping/zones</c>: zones with their methods, for staff holding <c>Shipping.ManageShipping</c>.</summary>
internal static class ShippingZoneEndpoints
{
    private static readonly ShippingZoneInput ZoneExample = new("Germany", ["DE"], 1,
    [
        new ShippingMethodInput(null, "Standard", "weight", null, [new ShippingBand { From = 0, Price = 490 }, new ShippingBand { From = 2000, Price = 790 }], 8000),
        new ShippingMethodInput(null, "Express", "flat", 1490, null, null),
    ]);

    public static void MapShippingZoneApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/admin/shipping/zones").RequirePermission(ShippingPermissions.ManageShipping);
        group.MapGet("/", async (StoreDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await Zones(db).ToListAsync(ct)).Select(Response).ToList()))
            .WithSummary("Staff: every shipping zone with its places and methods");
        group.MapGet("/{id:int}", async Task<Results<Ok<ShippingZoneResponse>, ProblemHttpResult>> (int id, StoreDbContext db, CancellationToken ct) =>
            await Zones(db).FirstOrDefaultAsync(z => z.Id == id, ct) is { } zone ? TypedResults.Ok(Response(zone)) : ApiProblems.NotFound())
            .WithSummary("Staff: one shipping zone");
        group.MapPost("/", async Task<Results<Created<ShippingZoneResponse>, ValidationProblem>> (ShippingZoneInput input, ShippingEditor editor, CancellationToken ct) =>
        {
            var saved = await editor.SaveZoneAsync(null, input, ct);
            return saved.IsSaved ? TypedResults.Created($"/api/v1/admin/shipping/zones/{saved.Value!.Id}", Response(saved.Value)) : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Staff: add a zone (places: FR, US-CA or * for everywhere else) with its methods")
            .WithRequestExample(ZoneExample);
        group.MapPut("/{id:int}", async Task<Results<Ok<ShippingZoneResponse>, ValidationProblem, ProblemHttpResult>> (int id, ShippingZoneInput input, ShippingEditor editor, CancellationToken ct) =>
            await editor.SaveZoneAsync(id, input, ct) switch
            {
                { NotFound: true } => ApiProblems.NotFound(),
                { IsSaved: false } refused => ApiProblems.Validation(refused.Errors),
                var saved => TypedResults.Ok(Response(saved.Value!)),
            })
            .WithSummary("Staff: replace a zone and its methods")
            .WithRequestExample(ZoneExample);
        group.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, ShippingEditor editor, CancellationToken ct) =>
            await editor.DeleteZoneAsync(id, ct) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .WithSummary("Staff: delete a zone");
    }

    private static IQueryable<ShippingZone> Zones(StoreDbContext db) =>
        db.Set<ShippingZone>().AsNoTracking().Include(z => z.Methods).OrderBy(z => z.Position).ThenBy(z => z.Id);

    internal static ShippingZoneResponse Response(ShippingZone z) => new(z.Id, z.Name, z.Places.Split(','), z.Position,
        z.Methods.OrderBy(m => m.Position).Select(m => new ShippingMethodResponse(m.Id, m.Name, ShippingMethodKinds.NameOf(m.Kind), m.Price, m.Bands, m.FreeFrom)).ToList());
}
