/** Line icons of the hardcopy screens, inline like components/icons.tsx (offline app: no icon font). */
import { Svg, type IconProps } from '../../components/icons';

export const IconScanner = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 14h16v5H4zM6 14l10-9M8 17h.01" />
  </Svg>
);
export const IconCamera = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 8h3l2-3h6l2 3h3v11H4z" />
    <circle cx="12" cy="13" r="3.5" />
  </Svg>
);
export const IconUpload = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 16V4M7 9l5-5 5 5M4 20h16" />
  </Svg>
);
export const IconFilePdf = (p: IconProps) => (
  <Svg {...p}>
    <path d="M14 3H6v18h12V7zM14 3v4h4M9 13h6M9 17h4" />
  </Svg>
);
export const IconRotateLeft = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 4v5h5M4.6 13a8 8 0 1 0 1.9-7.1L4 9" />
  </Svg>
);
export const IconRotateRight = (p: IconProps) => (
  <Svg {...p}>
    <path d="M20 4v5h-5M19.4 13a8 8 0 1 1-1.9-7.1L20 9" />
  </Svg>
);
export const IconChevronLeft = (p: IconProps) => (
  <Svg {...p}>
    <path d="M15 18l-6-6 6-6" />
  </Svg>
);
export const IconChevronRight = (p: IconProps) => (
  <Svg {...p}>
    <path d="M9 18l6-6-6-6" />
  </Svg>
);
export const IconScissors = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="6" cy="6" r="3" />
    <circle cx="6" cy="18" r="3" />
    <path d="M20 4L8.1 15.9M14.5 14.5L20 20M8.1 8.1L12 12" />
  </Svg>
);
export const IconPages = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 3h9l3 3v12H8zM4 7v14h12" />
  </Svg>
);
export const IconCheck = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 12l5 5L20 7" />
  </Svg>
);
export const IconSparkles = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3l1.8 4.7L18.5 9.5l-4.7 1.8L12 16l-1.8-4.7L5.5 9.5l4.7-1.8zM19 15l.8 2.2L22 18l-2.2.8L19 21l-.8-2.2L16 18l2.2-.8z" />
  </Svg>
);
