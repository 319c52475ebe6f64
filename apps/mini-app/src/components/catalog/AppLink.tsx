import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { useNavigate } from "zmp-ui";

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { to: string };

/**
 * A real link (screen readers announce it, it takes focus) that moves within the app's router
 * instead of reloading the page; zmp-ui exports no Link of its own.
 */
export function AppLink({ to, onClick, ...rest }: AppLinkProps) {
  const navigate = useNavigate();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...rest} />;
}
