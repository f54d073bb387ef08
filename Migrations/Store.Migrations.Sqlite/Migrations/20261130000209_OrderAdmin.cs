using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Store.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrderAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Orders_Email",
                table: "Orders",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_PlacedUtc",
                table: "Orders",
                column: "PlacedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Status_PlacedUtc",
                table: "Orders",
                columns: new[] { "Status", "PlacedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Orders_Total",
                table: "Orders",
                column: "Total");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_Email",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_PlacedUtc",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Status_PlacedUtc",
                table: "Orders");

            migrationBuilder.DropIndex(
                name: "IX_Orders_Total",
                table: "Orders");
        }
    }
}
