import Link from "next/link";
import { buttonStyles, type ButtonVariant } from "./styles";

type ButtonProps = React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant };

export function Button({ variant = "primary", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={`${buttonStyles[variant]} ${className}`} {...props} />;
}

type LinkButtonProps = React.ComponentProps<typeof Link> & { variant?: ButtonVariant };

export function LinkButton({ variant = "primary", className = "", ...props }: LinkButtonProps) {
  return <Link className={`${buttonStyles[variant]} ${className}`} {...props} />;
}
