using Fluid;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Core.Admin;
using Store.Core.Modules;
using Store.Core.Recipes;
using Store.Core.Security;
using Store.Reviews.Invitations;
using Store.Reviews.Moderation;
using Store.Reviews.Recipes;
using Store.Reviews.Reviews;

namespace Store.Reviews;

/// <summary>Verified buyers' reviews and ratings: writing, moderation, votes and reports, the ratings the catalog lists by, and invitations to review.</summary>
public sealed class ReviewsModule : StoreModule
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(ReviewsOptions.Section).Get<ReviewsOptions>() ?? new ReviewsOptions());

        // The catalog registered its own "no ratings" first: the last registration wins.
        services.AddSingleton<IProductRatings, ReviewRatings>();
        services.AddScoped<ReviewDesk>();
        services.AddScoped<Store.Core.Privacy.IPersonalData, Privacy.ReviewPersonalData>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<ModerationDesk>();
        services.AddSingleton<ReviewInvitationJob>();
        services.AddHostedService(sp => sp.GetRequiredService<ReviewInvitationJob>());
        services.AddRecipeStep<ReviewsRecipeStep>();
    }

    public override void ConfigureTemplates(TemplateOptions options)
    {
        var access = options.MemberAccessStrategy;
        access.Register<ReviewPage>();
        access.Register<MyReviewsPage>();
        access.Register<ReviewVotePage>();
        access.Register<ReviewView>();
        access.Register<ReviewInvitationEmail>();
        access.Register<ReviewInvitationLink>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReviewApi();
        endpoints.MapReviewStorefront();
    }

    public override IEnumerable<Permission> Permissions => ReviewsPermissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("Reviews", "/admin/reviews", ReviewsPermissions.ModerateReviews.Name, 45, "Catalog"),
    ];
}
