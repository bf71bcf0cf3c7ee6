import { LogoutOutlined, TranslationOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown, Typography } from 'antd';
import type { ReactNode } from 'react';
import { NavLink, useLocation } from 'react-router-dom';
import { useI18n } from '../i18n';
import type { MessageKey } from '../messages';
import { useAccount, useSession } from '../session';
import './phone.css';

export interface Tab {
  path: string;
  key: MessageKey;
  icon: ReactNode;
}

/**
 * The frame of the pages laid out for a phone (360–414 px, issue 18): a top bar with the page's
 * name and the account's menu, the page, and a tab bar at the bottom within the thumb's reach —
 * the tabs of what this account may do, nothing else.
 */
export function PhoneFrame({ tabs, children }: { tabs: Tab[]; children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { logout } = useSession();
  const account = useAccount();
  const location = useLocation();
  const current = [...tabs]
    .reverse()
    .find((tab) => (tab.path === '/' ? location.pathname === '/' : location.pathname.startsWith(tab.path)));
  return (
    // one short message at a time, under the top bar: it never covers what the page says
    <AntApp message={{ top: 56, maxCount: 1, duration: 2 }} className="phone">
      <header className="phone-bar">
        <Typography.Text strong className="phone-brand">
          {t('app.short')}
        </Typography.Text>
        <Typography.Text className="phone-title">{current ? t(current.key) : ''}</Typography.Text>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              {
                key: 'language',
                icon: <TranslationOutlined />,
                label: <span data-testid="language-toggle">{t('app.language')}</span>,
                onClick: () => setLocale(locale === 'en' ? 'zh-CN' : 'en'),
              },
              {
                key: 'logout',
                icon: <LogoutOutlined />,
                label: <span data-testid="logout">{t('app.logout')}</span>,
                onClick: logout,
              },
            ],
          }}
        >
          <Button type="text" size="small" data-testid="phone-menu">
            <span data-latin>{account.displayName}</span>
          </Button>
        </Dropdown>
      </header>
      <main className="phone-main">{children}</main>
      <nav className="phone-tabs" data-testid="phone-tabs">
        {tabs.map((tab) => (
          <NavLink
            key={tab.path}
            to={tab.path}
            end={tab.path === '/'}
            data-testid={`tab-${tab.path.slice(1) || 'home'}`}
          >
            <span className="phone-tab-icon">{tab.icon}</span>
            <span>{t(tab.key)}</span>
          </NavLink>
        ))}
      </nav>
    </AntApp>
  );
}
