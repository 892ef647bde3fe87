package org.rasid.server.html;

import static org.rasid.server.html.Html.el;

import java.util.List;

/** A friendly Arabic page for an HTTP error on a page route; the technical detail follows in small print. */
public final class ErrorPage {
  private ErrorPage() {}

  public static String render(int status, String detail) {
    String title = title(status);
    return Layout.page(title, Layout.SearchBox.EMPTY, el("div").cls("error-page").add(
        el("p").cls("error-code").text(String.valueOf(status)),
        el("h1").text(title),
        el("p").cls("error-hint").text(hint(status)),
        detail == null || detail.isBlank() ? null : el("p").cls("error-detail").attr("dir", "auto").text(detail),
        el("p").add(el("a").cls("button-link").href(Url.site("/")).text("العودة إلى صفحة البحث"))),
        List.of(), List.of());
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "طلب غير صالح";
      case 404 -> "الصفحة غير موجودة";
      case 405 -> "طريقة الطلب غير مسموح بها";
      case 413 -> "الطلب أكبر من الحد المسموح";
      case 415 -> "نوع المحتوى غير مدعوم";
      case 422 -> "تعذّرت معالجة المحتوى";
      default -> status >= 500 ? "حدث خطأ في الخادم" : "تعذّر إتمام الطلب";
    };
  }

  private static String hint(int status) {
    return switch (status) {
      case 400 -> "في الرابط قيمة لا يمكن قبولها. تحقق منه أو ابدأ بحثًا جديدًا.";
      case 404 -> "لم نعثر على ما تبحث عنه: ربما حُذفت المقالة أو تغيّر الرابط.";
      case 405 -> "هذا العنوان لا يقبل هذا النوع من الطلبات.";
      default -> status >= 500 ? "نعتذر عن هذا الخلل. حاول مرة أخرى بعد قليل." : "حاول مرة أخرى أو ابدأ بحثًا جديدًا.";
    };
  }
}
