using System.Globalization;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Recipes;
using Store.Core.Sites;

namespace Store.Core.Setup;

/// <summary>
/// First-run setup: the site row, each module's setup handler and the recipe, in one transaction, so a
/// failure leaves an empty database and setup can simply be tried again.
/// </summary>
public sealed class SetupService(
    StoreDbContext db,
    IServiceProvider services,
    IEnumerable<ISetupHandler> handlers,
    RecipeCatalog recipes,
    RecipeExecutor executor,
    SiteState siteState,
    TimeProvider time)
{
    /// <summary>Returns the problems by field; empty when the shop is set up.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SetupAsync(SetupRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return errors;
        }

        if (await siteState.GetAsync(cancellationToken) is not null)
        {
            return new Dictionary<string, string> { [""] = "The shop is already set up." };
        }

        var recipe = recipes.Find(request.Recipe)!;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            db.Set<Site>().Add(new Site
            {
                Name = request.SiteName.Trim(),
                Currency = request.Currency.ToUpperInvariant(),
                DefaultCulture = "en",
                RecipeName = recipe.Name,
                SetUpUtc = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            foreach (var handler in handlers)
            {
                await handler.SetupAsync(request, cancellationToken);
            }

            await executor.ExecuteAsync(recipe, services, request.Currency.ToUpperInvariant(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is SetupException or RecipeException or DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return ex switch
            {
                SetupException s => new Dictionary<string, string> { [s.Field] = s.Message },
                RecipeException r => new Dictionary<string, string> { ["Recipe"] = r.Message },
                // Two setups racing: the second insert of the site row fails on its key.
                _ => new Dictionary<string, string> { [""] = "The shop is already set up." },
            };
        }

        await siteState.GetAsync(cancellationToken);
        return new Dictionary<string, string>();
    }

    private Dictionary<string, string> Validate(SetupRequest request)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(request.SiteName))
        {
            errors["SiteName"] = "Enter the shop's name.";
        }
        else if (request.SiteName.Trim().Length > 100)
        {
            errors["SiteName"] = "The shop's name must be at most 100 characters.";
        }

        if (string.IsNullOrWhiteSpace(request.AdminEmail) || request.AdminEmail.Length > 256 || !MailAddress.TryCreate(request.AdminEmail, out _))
        {
            errors["AdminEmail"] = "Enter a valid email address.";
        }

        if (string.IsNullOrEmpty(request.AdminPassword))
        {
            errors["AdminPassword"] = "Enter a password.";
        }

        if (recipes.Find(request.Recipe ?? string.Empty) is null)
        {
            errors["Recipe"] = $"Choose one of the recipes: {string.Join(", ", recipes.All.Select(r => r.Name))}.";
        }

        if (request.Currency is not { Length: 3 } || !request.Currency.All(char.IsAsciiLetter) ||
            !CultureInfo.GetCultures(CultureTypes.SpecificCultures).Any(c => string.Equals(new RegionInfo(c.Name).ISOCurrencySymbol, request.Currency, StringComparison.OrdinalIgnoreCase)))
        {
            errors["Currency"] = "Enter a three-letter ISO 4217 currency code, such as USD or EUR.";
        }

        return errors;
    }
}
