using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Catalog.Contracts;
using Store.Core.Recipes;
using Store.Orders.Contracts;
using Store.Reviews.Reviews;

namespace Store.Reviews.Recipes;

/// <summary>
/// <c>{ "name": "reviews", "reviews": [{ "email": "ada@demo.store", "product": "red-mug", "rating": 5, "title": "…", "body": "…", "daysAgo": 3 }] }</c>:
/// approved reviews by customers whose order of the product was delivered (an earlier <c>deliveredOrders</c> step),
/// checked like any review; the demo recipe uses it so ratings show out of the box.
/// </summary>
internal sealed class ReviewsRecipeStep(TimeProvider time) : IRecipeStep
{
    public string Name => "reviews";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var users = context.Services.GetRequiredService<UserManager<User>>();
        var catalog = context.Services.GetRequiredService<ICatalogProducts>();
        var purchases = context.Services.GetRequiredService<IDeliveredPurchases>();
        var changes = context.Services.GetRequiredService<ICatalogChanges>();
        var now = time.GetUtcNow().UtcDateTime;
        var reviewed = new HashSet<int>();
        foreach (var (item, path) in context.Items("reviews").ToList())
        {
            var email = context.RequiredString(item, "email", path, 200);
            var slug = context.RequiredString(item, "product", path, 200);
            var input = new ReviewInput(
                (int?)context.OptionalInteger(item, "rating", path, 1, 5),
                context.RequiredString(item, "title", path, Review.MaxTitle),
                context.RequiredString(item, "body", path, Review.MaxBody));
            var (clean, errors) = input.Check();
            if (errors.Count > 0)
            {
                var (field, message) = errors.First();
                throw context.Error($"{path}.{field}", message);
            }

            var user = await users.FindByEmailAsync(email) ?? throw context.Error(path + ".email", "is no customer");
            var product = await catalog.GetPublishedAsync([slug], [], cancellationToken) is [var found, ..] ? found : throw context.Error(path + ".product", $"there is no published product '{slug}'");
            var purchase = await purchases.FindAsync(user.Id, product.Id, cancellationToken) ?? throw context.Error(path, $"{email} has no delivered order of '{slug}'");
            var at = now.AddDays(-(int)(context.OptionalInteger(item, "daysAgo", path, 0, 365) ?? 0));
            context.Db.Add(new Review
            {
                ProductId = product.Id,
                UserId = user.Id,
                Author = ReviewDesk.AuthorOf(purchase.FullName),
                Rating = clean.Rating!.Value,
                Title = clean.Title!,
                Body = clean.Body!,
                Status = ReviewStatus.Approved,
                CreatedUtc = at,
                UpdatedUtc = at,
            });
            reviewed.Add(product.Id);
        }

        await context.Db.SaveChangesAsync(cancellationToken);
        await changes.RecordAsync(reviewed, cancellationToken);
    }
}
