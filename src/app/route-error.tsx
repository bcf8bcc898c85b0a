import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../config/paths';
import { useLocale } from '../i18n/locale-context';
import { localizePath, type Locale } from '../i18n/locales';

/**
 * Shown in place of a page that failed to load or render, under the header, so the rest of the
 * portal stays usable: says so plainly and offers a way back.
 */
export function RouteError({ error: given }: { error?: unknown }) {
  return <ErrorMessage error={given} locale={useLocale()} />;
}

interface ErrorTexts {
  siteName: string;
  error: {
    pageTitle: string;
    heading: string;
    offline: string;
    status: (status: number) => string;
    unexpected: string;
    reload: string;
    home: string;
  };
}

/**
 * The words of an error page, in both languages, kept in the app's first file: an error may
 * come from a page's text failing to download, and this page must still say what happened.
 */
const errorTexts: Record<Locale, ErrorTexts> = {
  en: {
    siteName: 'Real-name verification help',
    error: {
      pageTitle: 'Something went wrong',
      heading: 'Sorry, this page could not be shown',
      offline: 'Part of the page could not be loaded. Check your connection, then reload the page.',
      status: (status) =>
        `The page could not be opened (error ${status}). Reload it, or start again from the start page.`,
      unexpected:
        'Something unexpected went wrong on this page. Your information was not sent anywhere.',
      reload: 'Reload the page',
      home: 'Go to the start page',
    },
  },
  zh: {
    siteName: '域名实名认证帮助',
    error: {
      pageTitle: '页面出错了',
      heading: '抱歉，这个页面没能显示出来',
      offline: '页面有一部分没加载出来。请检查网络，然后刷新页面。',
      status: (status) => `页面打不开（错误代码 ${status}）。请刷新，或者回到首页重新开始。`,
      unexpected: '这个页面出了意外的问题。你填写的信息没有发送到任何地方。',
      reload: '刷新页面',
      home: '回到首页',
    },
  },
};

function ErrorMessage({ error: given, locale }: { error?: unknown; locale: Locale }) {
  const t = errorTexts[locale];
  const routeError = useRouteError();
  const error = given ?? routeError;
  const offline = error instanceof TypeError && /fetch|import/i.test(error.message);
  const e = t.error;
  return (
    <div role="alert">
      <title>{`${e.pageTitle} · ${t.siteName}`}</title>
      <h1 className="text-3xl font-bold">{e.heading}</h1>
      <p className="mt-4 text-lg">
        {offline ? e.offline : isRouteErrorResponse(error) ? e.status(error.status) : e.unexpected}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="min-h-11 rounded-lg bg-blue-700 px-5 font-semibold text-white hover:bg-blue-800"
        >
          {e.reload}
        </button>
        <Link
          to={localizePath(locale, paths.home.href())}
          className="flex min-h-11 items-center rounded-lg border border-slate-400 px-5 font-semibold"
        >
          {e.home}
        </Link>
      </div>
    </div>
  );
}

export function RootError({ locale }: { locale: Locale }) {
  return (
    <main lang={locale === 'zh' ? 'zh-CN' : 'en'} className="mx-auto max-w-3xl px-4 py-10">
      <ErrorMessage locale={locale} />
    </main>
  );
}
